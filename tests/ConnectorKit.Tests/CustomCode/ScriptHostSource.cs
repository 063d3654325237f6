namespace ConnectorKit.Tests.CustomCode;

/// <summary>
/// C# source compiled together with a connector's <c>script.csx</c>: the <c>ScriptBase</c> and <c>IScriptContext</c>
/// that Power Platform gives custom code (the shape Microsoft documents for local compilation), and a harness that
/// sets a script's context and runs it, since the documented properties have no public setter.
/// </summary>
public static class ScriptHostSource
{
    /// <summary>The harness type in the compiled assembly.</summary>
    public const string HarnessTypeName = "ScriptHarness";

    /// <summary>The harness's entry point: (ScriptBase, operation id, request, send delegate, token) to the response task.</summary>
    public const string HarnessMethodName = "RunAsync";

    public const string Text = """
        using System;
        using System.Net.Http;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Logging.Abstractions;

        public abstract class ScriptBase
        {
            public IScriptContext Context { get; internal set; }

            public CancellationToken CancellationToken { get; internal set; }

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

            Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken);
        }

        public static class ScriptHarness
        {
            public static Task<HttpResponseMessage> RunAsync(
                ScriptBase script,
                string operationId,
                HttpRequestMessage request,
                Func<HttpRequestMessage, Task<HttpResponseMessage>> send,
                CancellationToken cancellationToken)
            {
                script.Context = new HarnessContext(operationId, request, send);
                script.CancellationToken = cancellationToken;
                return script.ExecuteAsync();
            }

            private sealed class HarnessContext : IScriptContext
            {
                private readonly Func<HttpRequestMessage, Task<HttpResponseMessage>> send;

                public HarnessContext(string operationId, HttpRequestMessage request, Func<HttpRequestMessage, Task<HttpResponseMessage>> send)
                {
                    this.OperationId = operationId;
                    this.Request = request;
                    this.send = send;
                }

                public string CorrelationId { get { return "00000000-0000-0000-0000-000000000000"; } }

                public string OperationId { get; private set; }

                public HttpRequestMessage Request { get; private set; }

                public ILogger Logger { get { return NullLogger.Instance; } }

                public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    return this.send(request);
                }
            }
        }
        """;
}
