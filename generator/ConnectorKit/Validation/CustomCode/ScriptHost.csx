// The host side of Power Platform custom code, as Microsoft documents it for local compilation ("Write code in a
// custom connector"), in the namespace certified scripts import it from, plus the two context members certified
// scripts use that the documentation leaves out (OriginalRequestUri, CreateNotificationUri). Compiled beside a
// connector's script.csx so the validator can check that the script compiles.
using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;

public abstract class ScriptBase
{
    public IScriptContext Context { get; }

    public CancellationToken CancellationToken { get; }

    public static StringContent CreateJsonContent(string serializedJson)
    {
        return new StringContent(serializedJson, Encoding.UTF8, "application/json");
    }

    public abstract Task<HttpResponseMessage> ExecuteAsync();
}

public interface IScriptContext
{
    string CorrelationId { get; }

    string OperationId { get; }

    HttpRequestMessage Request { get; }

    ILogger Logger { get; }

    Uri OriginalRequestUri { get; }

    Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    Uri CreateNotificationUri(string path);
}
