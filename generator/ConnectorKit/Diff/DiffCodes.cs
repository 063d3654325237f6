using ConnectorKit.Diagnostics;

namespace ConnectorKit.Diff;

/// <summary>
/// The codes of <c>connectorkit diff</c>: readable names rather than CKnnnn numbers, because a breaking-change report is
/// read by people deciding whether to publish, and the name says what happened. None of them is a
/// <see cref="DiagnosticCodes"/> code (a test keeps it so). Errors are breaking; warnings and infos are not.
/// </summary>
public static class DiffCodes
{
    private static readonly List<DiagnosticDescriptor> AllCodes = [];

    // Operations.
    public static readonly DiagnosticDescriptor OperationRemoved = Define(nameof(OperationRemoved), "An operation was removed.");
    public static readonly DiagnosticDescriptor OperationIdChanged = Define(nameof(OperationIdChanged), "An operation's id changed.");
    public static readonly DiagnosticDescriptor OperationPathChanged = Define(nameof(OperationPathChanged), "An operation's path changed.");
    public static readonly DiagnosticDescriptor OperationMethodChanged = Define(nameof(OperationMethodChanged), "An operation's HTTP method changed.");
    public static readonly DiagnosticDescriptor VisibilityMadeInternal = Define(nameof(VisibilityMadeInternal), "An operation that is not deprecated was made internal.");
    public static readonly DiagnosticDescriptor TriggerKindChanged = Define(nameof(TriggerKindChanged), "An action became a trigger (or the reverse), or a trigger changed kind.");

    // Parameters (of the operation and of its request body).
    public static readonly DiagnosticDescriptor RequiredParameterAdded = Define(nameof(RequiredParameterAdded), "A required parameter without a default was added.");
    public static readonly DiagnosticDescriptor ParameterRemoved = Define(nameof(ParameterRemoved), "A parameter was removed.");
    public static readonly DiagnosticDescriptor ParameterLocationChanged = Define(nameof(ParameterLocationChanged), "A parameter moved (path, query, header, body, formData).");
    public static readonly DiagnosticDescriptor ParameterTypeChanged = Define(nameof(ParameterTypeChanged), "A parameter's type changed.");
    public static readonly DiagnosticDescriptor ParameterMadeRequired = Define(nameof(ParameterMadeRequired), "An optional parameter became required.");
    public static readonly DiagnosticDescriptor EnumValueRemoved = Define(nameof(EnumValueRemoved), "A parameter no longer accepts a value it accepted.");

    // Responses.
    public static readonly DiagnosticDescriptor ResponsePropertyRemoved = Define(nameof(ResponsePropertyRemoved), "A property of the success response was removed.");
    public static readonly DiagnosticDescriptor ResponsePropertyTypeChanged = Define(nameof(ResponsePropertyTypeChanged), "A property of the success response changed type.");

    // Authentication.
    public static readonly DiagnosticDescriptor AuthChanged = Define(nameof(AuthChanged), "The way connections authenticate changed.");

    // Safe changes, reported so the report shows everything that changed.
    public static readonly DiagnosticDescriptor OperationAdded = Define(nameof(OperationAdded), "An operation was added.", Severity.Info);
    public static readonly DiagnosticDescriptor ParameterAdded = Define(nameof(ParameterAdded), "An optional parameter (or a required one with a default) was added.", Severity.Info);
    public static readonly DiagnosticDescriptor OperationDeprecated = Define(nameof(OperationDeprecated), "An operation was marked deprecated.", Severity.Info);

    public static IReadOnlyList<DiagnosticDescriptor> All => AllCodes;

    private static DiagnosticDescriptor Define(string code, string title, Severity severity = Severity.Error)
    {
        var descriptor = new DiagnosticDescriptor(code, title, severity);
        AllCodes.Add(descriptor);
        return descriptor;
    }
}
