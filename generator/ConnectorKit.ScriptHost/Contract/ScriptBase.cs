using System.Text;

namespace Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;

/// <summary>
/// The base class of a connector's custom code, as Power Platform documents it ("Write code in a custom connector"),
/// in the namespace certified scripts import it from. The worker sets <see cref="Context"/> and
/// <see cref="CancellationToken"/> before it calls <see cref="ExecuteAsync"/>.
/// </summary>
public abstract class ScriptBase
{
    public IScriptContext Context { get; internal set; } = null!;

    public CancellationToken CancellationToken { get; internal set; }

    public static StringContent CreateJsonContent(string serializedJson) => new(serializedJson, Encoding.UTF8, "application/json");

    public abstract Task<HttpResponseMessage> ExecuteAsync();
}
