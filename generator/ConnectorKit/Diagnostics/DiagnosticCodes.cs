namespace ConnectorKit.Diagnostics;

/// <summary>
/// The one registry of the toolkit's own diagnostic codes. Codes never change meaning once published.
/// CK1xxx: reading files (YAML, JSON). CK2xxx: the model's meaning (references, triggers, policies).
/// CK3xxx: generation and output. CK4xxx: validation. CK5xxx: importing existing connectors. CK6xxx: environments,
/// packages and the readme. The local runtime's CK7xxx are in ConnectorKit.Runtime's RuntimeCodes. Microsoft's validator
/// codes are registered by the validator rules under their own names.
/// </summary>
public static class DiagnosticCodes
{
    private static readonly List<DiagnosticDescriptor> AllCodes = [];

    // Reading files.
    public static readonly DiagnosticDescriptor YamlSyntax = Define("CK1001", "The YAML file is not well-formed.");
    public static readonly DiagnosticDescriptor UnknownKey = Define("CK1002", "A key is not part of the model at this position.");
    public static readonly DiagnosticDescriptor WrongType = Define("CK1003", "A value has the wrong type.");
    public static readonly DiagnosticDescriptor MissingKey = Define("CK1004", "A required key is missing.");
    public static readonly DiagnosticDescriptor InvalidValue = Define("CK1005", "A value is not one of the allowed values or has the wrong form.");
    public static readonly DiagnosticDescriptor DuplicateKey = Define("CK1006", "A key appears twice in one mapping.");
    public static readonly DiagnosticDescriptor FileNotFound = Define("CK1007", "A file or folder the model names does not exist.");
    public static readonly DiagnosticDescriptor JsonSyntax = Define("CK1008", "The JSON file is not well-formed.");
    public static readonly DiagnosticDescriptor ByteOrderMark = Define("CK1009", "The file starts with a UTF-8 byte order mark.", Severity.Warning);
    public static readonly DiagnosticDescriptor InvalidEncoding = Define("CK1010", "The file is not valid UTF-8.");

    // Reading JSON the way the platform does: each deviation from strict JSON is read as the platform's reader
    // (JSON.NET) reads it, and reported.
    public static readonly DiagnosticDescriptor JsonReadAsWindows1252 = Define("CK1011", "Bytes of a JSON file that are not UTF-8 were read as Windows-1252.", Severity.Warning);
    public static readonly DiagnosticDescriptor JsonTrailingComma = Define("CK1012", "A comma ends a JSON object or array.", Severity.Warning);
    public static readonly DiagnosticDescriptor JsonDuplicateKey = Define("CK1013", "A key appears twice in one JSON object; the last value is kept.", Severity.Warning);
    public static readonly DiagnosticDescriptor JsonControlCharacter = Define("CK1014", "A JSON string holds a raw control character.", Severity.Warning);
    public static readonly DiagnosticDescriptor JsonComment = Define("CK1015", "A JSON file holds a comment.", Severity.Warning);
    public static readonly DiagnosticDescriptor JsonNonStandardWhitespace = Define("CK1016", "Whitespace that JSON does not allow separates tokens.", Severity.Warning);
    public static readonly DiagnosticDescriptor JsonMissingComma = Define("CK1017", "A comma is missing between two members or items of a JSON object or array.", Severity.Warning);
    public static readonly DiagnosticDescriptor JsonUnbalancedBracket = Define("CK1018", "A closing bracket of a JSON file does not match the open object or array.", Severity.Warning);
    public static readonly DiagnosticDescriptor PaconnCannotParse = Define("CK1019", "paconn cannot parse this file for upload: it is not strict JSON.");

    // Paths: what a model or connector names stays inside its folder, what a command writes inside its output folder.
    public static readonly DiagnosticDescriptor PathAbsolute = Define("CK1030", "A path is absolute; paths are relative to their folder.");
    public static readonly DiagnosticDescriptor PathClimbsOut = Define("CK1031", "A path climbs out of its folder with '..'.");
    public static readonly DiagnosticDescriptor PathLinksOutside = Define("CK1032", "A path leads out of its folder through a symbolic link.");
    public static readonly DiagnosticDescriptor PathEmptyOrFolderItself = Define("CK1033", "A path is empty or names its folder itself.");
    public static readonly DiagnosticDescriptor PathIsFolder = Define("CK1034", "A path that must name a file names a folder.");
    public static readonly DiagnosticDescriptor FileUnreadable = Define("CK1035", "A file exists but cannot be read.");

    // The model's meaning.
    public static readonly DiagnosticDescriptor DuplicateOperationId = Define("CK2001", "Two operations have the same operation id.");
    public static readonly DiagnosticDescriptor UnknownSchema = Define("CK2002", "A reference names a schema that is not defined.");
    public static readonly DiagnosticDescriptor UnknownOperation = Define("CK2003", "A reference names an operation that is not defined.");
    public static readonly DiagnosticDescriptor UnknownParameter = Define("CK2004", "A reference names a parameter that is not defined.");
    public static readonly DiagnosticDescriptor UnknownResponse = Define("CK2005", "A reference names a response that is not defined.");
    public static readonly DiagnosticDescriptor PathParameterNotInTemplate = Define("CK2006", "A path parameter does not appear in the operation's path template.");
    public static readonly DiagnosticDescriptor PathTemplateParameterMissing = Define("CK2007", "A path template segment has no matching path parameter.");
    public static readonly DiagnosticDescriptor WebhookWithoutUnsubscribe = Define("CK2008", "A webhook trigger names no unsubscribe operation.");
    public static readonly DiagnosticDescriptor UnsubscribeNotDelete = Define("CK2009", "A webhook trigger's unsubscribe operation is not a DELETE.");
    public static readonly DiagnosticDescriptor PolicyUnknownOperation = Define("CK2010", "A policy names an operation that is not defined.");
    public static readonly DiagnosticDescriptor PolicyUnknownTemplate = Define("CK2011", "A policy names a template id the toolkit does not know.", Severity.Warning);
    public static readonly DiagnosticDescriptor PolicyUnknownParameter = Define("CK2012", "A policy sets a parameter its template does not have.");
    public static readonly DiagnosticDescriptor PolicyMissingParameter = Define("CK2013", "A policy leaves out a parameter its template requires.");
    public static readonly DiagnosticDescriptor DuplicateDefinition = Define("CK2014", "A schema, parameter, response or connection parameter is defined twice.");
    public static readonly DiagnosticDescriptor DuplicateRoute = Define("CK2015", "Two operations share one method and path.");
    public static readonly DiagnosticDescriptor ScriptOperationUnknown = Define("CK2016", "The script names an operation that is not defined.");
    public static readonly DiagnosticDescriptor UnknownConnectionParameter = Define("CK2017", "An expression names a connection parameter that is not defined.");
    public static readonly DiagnosticDescriptor InvalidOperationId = Define("CK2018", "An operation id is not PascalCase letters and digits.");
    public static readonly DiagnosticDescriptor MultipleBodyParameters = Define("CK2019", "An operation has more than one body parameter.");
    public static readonly DiagnosticDescriptor PolicyParameterValueNotAllowed = Define("CK2020", "A policy sets a parameter to a value its template does not allow.");
    public static readonly DiagnosticDescriptor RawOverridesModel = Define("CK2021", "Raw content replaces a key the model generates and drops or changes what the model says there.", Severity.Warning);

    // Generation and output.
    public static readonly DiagnosticDescriptor OutputDiffers = Define("CK3001", "A generated file differs from the file on disk.");
    public static readonly DiagnosticDescriptor OutputWriteFailed = Define("CK3002", "A generated file could not be written.");
    public static readonly DiagnosticDescriptor OutputFileNotOwned = Define("CK3003", "A file matches a generated pattern but lacks the generated header, so it is left in place.", Severity.Warning);
    public static readonly DiagnosticDescriptor InterruptedWriteResolved = Define("CK3004", "A write that was interrupted was completed or rolled back from its journal.", Severity.Info);
    public static readonly DiagnosticDescriptor AbandonedStagingRemoved = Define("CK3005", "A staging file of a process that no longer runs was removed.", Severity.Info);
    public static readonly DiagnosticDescriptor WriteJournalInvalid = Define("CK3006", "The journal of an interrupted write is not valid; nothing is written.");
    public static readonly DiagnosticDescriptor OutputFolderBusy = Define("CK3007", "Another process is writing into the output folder.");
    public static readonly DiagnosticDescriptor InterruptedWritePending = Define("CK3008", "A write into the output folder was interrupted and is not completed yet.");

    // Validation (the validator's own findings; its rules register their codes by class name).
    public static readonly DiagnosticDescriptor ValidationRuleFailed = Define("CK4001", "A validation rule failed with an internal error; the other rules still ran.");
    public static readonly DiagnosticDescriptor InvalidValidationConfig = Define("CK4002", "The validation configuration file is not valid.");

    // Import (an existing connector folder into a model).
    public static readonly DiagnosticDescriptor ImportCheckDisabled = Define("CK5001", "The imported connector breaks a model check, which its model disables.", Severity.Warning);
    public static readonly DiagnosticDescriptor ImportNotExact = Define("CK5002", "The imported model does not give back the original connector exactly.", Severity.Warning);
    public static readonly DiagnosticDescriptor ImportTargetNotEmpty = Define("CK5003", "The import's output folder is not empty.");
    public static readonly DiagnosticDescriptor RoundTripNoConnector = Define("CK5004", "A path given to roundtrip holds no connector.");
    public static readonly DiagnosticDescriptor ImportUnusable = Define("CK5005", "The imported model does not load or generate, so it is not written.");

    // Import from an API description (OpenAPI 3, a Swagger file, a Postman collection): findings at the source document.
    public static readonly DiagnosticDescriptor ImportSourceUnknown = Define("CK5101", "The file to import is not a connector, an OpenAPI 3 document or a Postman collection v2.0/v2.1.");
    public static readonly DiagnosticDescriptor ImportSourceInvalid = Define("CK5102", "The document to import breaks its specification where the import needs it to hold.");
    public static readonly DiagnosticDescriptor ImportNotExpressible = Define("CK5103", "The document says something Swagger 2.0 or a connector cannot say; the import says what it did instead.", Severity.Warning);
    public static readonly DiagnosticDescriptor ImportDerived = Define("CK5104", "The connector needs something the document does not say; the import derived it for the author to review.", Severity.Info);
    public static readonly DiagnosticDescriptor ImportDocumentationLeftOut = Define("CK5105", "Documentation of the document that Swagger 2.0 has no place for was left out.", Severity.Info);

    // Environments (connector/environments/NAME.yaml), packages and deployment.
    public static readonly DiagnosticDescriptor UnknownEnvironment = Define("CK6001", "No environment of that name is defined in the model's environments folder.");
    public static readonly DiagnosticDescriptor EnvironmentNotApplicable = Define("CK6002", "An environment sets a value the model has no place for.");
    public static readonly DiagnosticDescriptor PlaceholderSecretUpload = Define("CK6003", "A deployment command would upload a placeholder OAuth client secret.");
    public static readonly DiagnosticDescriptor PlaceholderEnvironmentId = Define("CK6004", "The environment id is a placeholder; the commands would target no real environment.", Severity.Warning);
    public static readonly DiagnosticDescriptor ReadmeSectionMissing = Define("CK6005", "A section the certification readme asks for is not written in the model.", Severity.Warning);

    public static IReadOnlyList<DiagnosticDescriptor> All => AllCodes;

    private static DiagnosticDescriptor Define(string code, string title, Severity severity = Severity.Error)
    {
        var descriptor = new DiagnosticDescriptor(code, title, severity);
        AllCodes.Add(descriptor);
        return descriptor;
    }
}
