namespace ConnectorKit.Validation.CustomCode;

/// <summary>The namespaces custom code may use, as Microsoft lists them in "Write code in a custom connector", and the host's own.</summary>
public static class CustomCodeNamespaces
{
    /// <summary>Where the host's ScriptBase lives; certified scripts import it, and the shim declares it there.</summary>
    public const string Host = "Microsoft.PowerPlatform.Connectors.CustomCode.CSharp";

    public static IReadOnlySet<string> Allowed { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "System", "System.Collections", "System.Collections.Generic", "System.Diagnostics", "System.IO",
        "System.IO.Compression", "System.Linq", "System.Net", "System.Net.Http", "System.Net.Http.Headers",
        "System.Net.Security", "System.Security.Authentication", "System.Security.Cryptography", "System.Text",
        "System.Text.RegularExpressions", "System.Threading", "System.Threading.Tasks", "System.Web", "System.Xml",
        "System.Xml.Linq", "System.Drawing", "System.Drawing.Drawing2D", "System.Drawing.Imaging",
        "Microsoft.Extensions.Logging", "Newtonsoft.Json", "Newtonsoft.Json.Linq", Host,
    };
}
