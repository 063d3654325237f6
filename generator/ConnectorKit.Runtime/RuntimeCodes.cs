using ConnectorKit.Diagnostics;

namespace ConnectorKit.Runtime;

/// <summary>
/// The runtime's own diagnostic codes (CK7xxx): what stops a connector from being served. Reading and model findings
/// keep their CK1xxx-CK2xxx codes.
/// </summary>
public static class RuntimeCodes
{
    public static readonly DiagnosticDescriptor PolicyTemplateNotRunnable = new("CK7001", "A policy names a template id the runtime cannot run.", Severity.Error);
    public static readonly DiagnosticDescriptor PolicyParameterInvalid = new("CK7002", "A policy parameter is missing or its value or expression cannot be used.", Severity.Error);
    public static readonly DiagnosticDescriptor ScriptTooLarge = new("CK7010", "script.csx is larger than the platform's limit.", Severity.Error);
    public static readonly DiagnosticDescriptor ScriptNamespaceNotAllowed = new("CK7011", "script.csx imports a namespace custom code may not use.", Severity.Error);
    public static readonly DiagnosticDescriptor ScriptCompileError = new("CK7012", "script.csx does not compile.", Severity.Error);
    public static readonly DiagnosticDescriptor ScriptApiForbidden = new("CK7013", "script.csx uses an API that reaches the file system, processes, the environment or reflection.", Severity.Error);
    public static readonly DiagnosticDescriptor ScriptClassMissing = new("CK7014", "script.csx has no class Script : ScriptBase.", Severity.Error);
    public static readonly DiagnosticDescriptor ConnectionFileInvalid = new("CK7020", "The connection file is not a JSON object of names to values.", Severity.Error);
    public static readonly DiagnosticDescriptor ConnectionParameterMissing = new("CK7021", "A required connection parameter has no value.", Severity.Error);
    public static readonly DiagnosticDescriptor ConnectionFileInConnector = new("CK7022", "The connection file lies inside the connector's folder, where it may be committed.", Severity.Warning);
    public static readonly DiagnosticDescriptor BackendAddressMissing = new("CK7030", "The connector names no host and no --backend is given.", Severity.Error);
}
