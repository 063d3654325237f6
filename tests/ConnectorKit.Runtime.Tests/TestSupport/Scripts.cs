namespace ConnectorKit.Runtime.Tests.TestSupport;

/// <summary>Custom code of the runtime's tests.</summary>
public static class Scripts
{
    /// <summary>Forwards the request and wraps the backend's JSON answer, logging as it goes.</summary>
    public const string Wrapping = """
        using System.Net;
        using System.Net.Http;
        using Microsoft.Extensions.Logging;
        using Newtonsoft.Json.Linq;

        public class Script : ScriptBase
        {
            public override async Task<HttpResponseMessage> ExecuteAsync()
            {
                Context.Logger.LogInformation("handling " + Context.OperationId);
                Console.WriteLine("printed by the script");
                var response = await Context.SendAsync(Context.Request, CancellationToken);
                var text = await response.Content.ReadAsStringAsync();
                var wrapped = new JObject { ["wrapped"] = JToken.Parse(text), ["operation"] = Context.OperationId, ["correlation"] = Context.CorrelationId };
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = CreateJsonContent(wrapped.ToString()) };
            }
        }
        """;

    /// <summary>Never returns and never looks at its cancellation token.</summary>
    public const string LoopsForever = """
        public class Script : ScriptBase
        {
            public override Task<HttpResponseMessage> ExecuteAsync()
            {
                var spins = 0L;
                while (true)
                {
                    spins++;
                }
            }
        }
        """;

    /// <summary>Throws on line 6.</summary>
    public const string Throws = """
        public class Script : ScriptBase
        {
            public override Task<HttpResponseMessage> ExecuteAsync()
            {
                var value = Context.OperationId;
                throw new InvalidOperationException("the script refuses " + value);
            }
        }
        """;
}
