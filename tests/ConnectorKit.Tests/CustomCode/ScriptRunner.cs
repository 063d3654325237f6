using System.Runtime.Loader;

namespace ConnectorKit.Tests.CustomCode;

/// <summary>Runs a compiled script's <c>ExecuteAsync</c> for one operation, with a backend the test provides.</summary>
public sealed class ScriptRunner : IDisposable
{
    private readonly AssemblyLoadContext loadContext = new("ConnectorScript", isCollectible: true);
    private readonly System.Reflection.Assembly assembly;

    public ScriptRunner(byte[] image)
    {
        using var stream = new MemoryStream(image, writable: false);
        assembly = loadContext.LoadFromStream(stream);
    }

    public Task<HttpResponseMessage> RunAsync(
        string operationId,
        HttpRequestMessage request,
        Func<HttpRequestMessage, Task<HttpResponseMessage>> backend,
        CancellationToken cancellationToken)
    {
        var script = Activator.CreateInstance(assembly.GetType("Script", throwOnError: true)!)!;
        var harness = assembly.GetType(ScriptHostSource.HarnessTypeName, throwOnError: true)!;
        var run = harness.GetMethod(ScriptHostSource.HarnessMethodName)!;
        return (Task<HttpResponseMessage>)run.Invoke(null, [script, operationId, request, backend, cancellationToken])!;
    }

    public void Dispose() => loadContext.Unload();
}
