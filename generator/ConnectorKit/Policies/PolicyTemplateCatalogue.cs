namespace ConnectorKit.Policies;

/// <summary>
/// The policy templates of apiProperties <c>policyTemplateInstances</c>, with their parameters by short name. Derived
/// from paconn's apiProperties schema; <c>setconnectionstatustounauthenticated</c> from Microsoft's template reference;
/// <c>dynamicsubdomain</c> and <c>moveproperties</c> are known ids whose parameters are not documented, so they are
/// not checked.
/// </summary>
public static class PolicyTemplateCatalogue
{
    /// <summary>The prefix that turns a short parameter name into its apiProperties key.</summary>
    public const string ParameterPrefix = "x-ms-apimTemplateParameter.";

    /// <summary>The apiProperties parameter key that limits a policy to some operations.</summary>
    public const string OperationNameKey = "x-ms-apimTemplate-operationName";

    private static readonly string[] ExistsActions = ["override", "skip", "append"];

    public static IReadOnlyList<PolicyTemplate> All { get; } =
    [
        new("convertarraytoobject",
        [
            Mandatory("propertyParentPath"), Optional("propertySubPath"), Mandatory("keyWithinCollectionPath"),
            Mandatory("newPropertyPath"), Optional("retainKey", "true", "false"),
        ]),
        new("convertobjecttoarray",
        [
            Mandatory("propertyParentPath"), Optional("propertySubPath"), Mandatory("newPropertyPath"),
            Optional("keyName"), Optional("valueName"),
        ]),
        new("dynamichosturl", [Mandatory("urlTemplate")]),
        new("dynamicsubdomain", [], ParametersKnown: false),
        new("encodepropertyvalue", [Mandatory("propertyParentPath"), Optional("propertySubPath"), Mandatory("newPropertyPath")]),
        new("moveproperties", [], ParametersKnown: false),
        new("pollingtrigger", [Mandatory("triggerConfig"), Mandatory("triggerDataPath")]),
        new("routerequesttoendpoint",
        [
            Mandatory("newPath"),
            Optional("httpMethod", "GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "@Request.OriginalHTTPMethod"),
        ]),
        new("setconnectionstatustounauthenticated", [Mandatory("statusCode")]),
        new("setheader", [Mandatory("name"), Mandatory("value"), Optional("existsAction", ExistsActions)]),
        new("setproperty",
        [
            Mandatory("newPropertyParentPathTemplate"), Mandatory("newPropertySubPathTemplate"),
            Mandatory("propertyValuePathTemplate"),
        ]),
        new("setqueryparameter", [Mandatory("name"), Mandatory("value"), Optional("existsAction", ExistsActions)]),
        new("setvaluefromurl",
        [
            Mandatory("parameterTemplate"), Mandatory("parameterValueUrl"), Mandatory("parameterValuePathTemplate"),
            Optional("httpMethod", "GET", "POST", "PUT"),
        ]),
        new("stringreplace",
        [
            Mandatory("propertyParentPath"), Optional("propertySubPath"), Mandatory("sourceString"),
            Mandatory("replacementString"), Mandatory("newPropertyPath"),
        ]),
        new("stringtoarray",
        [
            Mandatory("propertyParentPath"), Optional("propertySubPath"), Mandatory("delimiterList"),
            Mandatory("childPropertyName"), Mandatory("newPropertyPath"),
        ]),
        new("updatenextlink", [Mandatory("nextLinkPropertyName"), Optional("nextLinkParentPropertyPath")]),
    ];

    private static PolicyTemplateParameter Mandatory(string name) => new(name, true, []);

    private static PolicyTemplateParameter Optional(string name, params string[] allowedValues) => new(name, false, allowedValues);

    /// <summary>The template with this id, ignoring case (the platform accepts <c>setheader</c> and <c>SetHeader</c>).</summary>
    public static PolicyTemplate? Find(string templateId) =>
        All.FirstOrDefault(t => string.Equals(t.Id, templateId, StringComparison.OrdinalIgnoreCase));
}
