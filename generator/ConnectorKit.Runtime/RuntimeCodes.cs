using ConnectorKit.Diagnostics;

namespace ConnectorKit.Runtime;

/// <summary>
/// The runtime's own diagnostic codes (CK6xxx): what stops a connector from being served. Reading and model findings
/// keep their CK1xxx-CK2xxx codes.
/// </summary>
public static class RuntimeCodes
{
    public static readonly DiagnosticDescriptor PolicyTemplateNotRunnable = new("CK6001", "A policy names a template id the runtime cannot run.", Severity.Error);
    public static readonly DiagnosticDescriptor PolicyParameterInvalid = new("CK6002", "A policy parameter is missing or its value or expression cannot be used.", Severity.Error);
    public static readonly DiagnosticDescriptor ScriptTooLarge = new("CK6010", "script.csx is larger than the platform's limit.", Severity.Error);
    public static readonly DiagnosticDescriptor ScriptNamespaceNotAllowed = new("CK6011", "script.csx imports a namespace custom code may not use.", Severity.Error);
    public static readonly DiagnosticDescriptor ScriptCompileError = new("CK6012", "script.csx does not compile.", Severity.Error);
    public static readonly DiagnosticDescriptor ScriptApiForbidden = new("CK6013", "script.csx uses an API that reaches the file system, processes, the environment or reflection.", Severity.Error);
    public static readonly DiagnosticDescriptor ScriptClassMissing = new("CK6014", "script.csx has no class Script : ScriptBase.", Severity.Error);
    public static readonly DiagnosticDescriptor ConnectionFileInvalid = new("CK6020", "The connection file is not a JSON object of names to values.", Severity.Error);
    public static readonly DiagnosticDescriptor ConnectionParameterMissing = new("CK6021", "A required connection parameter has no value.", Severity.Error);
    public static readonly DiagnosticDescriptor ConnectionFileInConnector = new("CK6022", "The connection file lies inside the connector's folder, where it may be committed.", Severity.Warning);
    public static readonly DiagnosticDescriptor BackendAddressMissing = new("CK6030", "The connector names no host and no --backend is given.", Severity.Error);
}
