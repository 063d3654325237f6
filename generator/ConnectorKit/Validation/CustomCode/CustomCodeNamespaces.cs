namespace ConnectorKit.Validation.CustomCode;

/// <summary>
/// The namespaces custom code may use, as Microsoft lists them in "Write code in a custom connector", the host's own,
/// and the few that certified scripts import although the list leaves them out.
/// </summary>
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

    /// <summary>
    /// Imported by certified scripts, which the platform took, though Microsoft's list leaves them out: Visual Studio
    /// adds <c>using System.Runtime.Remoting.Contexts;</c> by itself when code mentions <c>Context</c>. .NET has no
    /// such namespace, so the compilation declares each one empty: a script may import it, but nothing in it can be used.
    /// </summary>
    public static IReadOnlySet<string> Tolerated { get; } = new HashSet<string>(StringComparer.Ordinal) { "System.Runtime.Remoting.Contexts" };

    /// <summary>Whether a script may import the namespace with a <c>using</c> directive.</summary>
    public static bool IsImportable(string name) => Allowed.Contains(name) || Tolerated.Contains(name);
}
