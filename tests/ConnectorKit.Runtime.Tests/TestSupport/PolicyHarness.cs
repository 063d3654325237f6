using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Runtime.Connections;
using ConnectorKit.Runtime.Forwarding;
using ConnectorKit.Runtime.Messages;
using ConnectorKit.Runtime.Policies;

namespace ConnectorKit.Runtime.Tests.TestSupport;

/// <summary>
/// Runs one policy on a request or response in memory: the policy is read from an apiProperties entry as the runtime
/// reads it, and the call has a connection, path values and a scripted backend for setvaluefromurl.
/// </summary>
public sealed class PolicyHarness
{
    public static readonly Uri HostUrl = new("https://api.example.com/api");
    public static readonly Uri RuntimeRoot = new("http://127.0.0.1:5090/api");

    public Dictionary<string, string> Connection { get; } = [];

    public Dictionary<string, string> PathValues { get; } = [];

    public RuntimeRequest Request { get; } = new() { Method = "GET", BaseUrl = HostUrl, Path = "/items" };

    public RuntimeResponse Response { get; } = new() { Status = 200 };

    public List<KeyValuePair<string, string>> OriginalQuery { get; } = [];

    public bool IsPollingStateCall { get; set; }

    public RecordingBackend Backend { get; } = new();

    public RuntimeState State { get; } = new(TimeSpan.FromSeconds(30));

    public List<string> Changes { get; } = [];

    public static IRuntimePolicy Build(string templateId, JsonObject parameters)
    {
        var (policy, diagnostics) = TryBuild(templateId, parameters);
        Assert.True(policy is not null, string.Join("\n", diagnostics));
        return policy!;
    }

    public static (IRuntimePolicy? Policy, IReadOnlyList<Diagnostic> Diagnostics) TryBuild(string templateId, JsonObject parameters)
    {
        var properties = new JsonObject
        {
            ["properties"] = new JsonObject { ["policyTemplateInstances"] = new JsonArray(TestConnector.Policy(templateId, parameters)) },
        };
        var diagnostics = new List<Diagnostic>();
        var policies = PolicyLoader.Load(new ApiPropertiesDocument(properties), JsonPositionIndex.Empty("apiProperties.json"), diagnostics);
        return (policies.SingleOrDefault(), diagnostics);
    }

    /// <summary>Applies the policy in its own section; the response section uses <see cref="Response"/>.</summary>
    public async Task ApplyAsync(IRuntimePolicy policy)
    {
        var section = policy.Definition.Section;
        var context = new PolicyContext
        {
            Request = Request,
            Response = section == PolicySection.Request ? null : Response,
            Section = section,
            Connection = new ConnectionValues(Connection, new HashSet<string>()),
            Operation = new OperationView("/items", "get", [], [], "/paths/~1items/get"),
            ParameterValues = PathValues,
            Origin = new CallOrigin(Request.Method, RuntimeRoot, "/items", OriginalQuery, IsPollingStateCall),
            Backend = Backend,
            State = State,
        };
        await policy.ApplyAsync(context, TestContext.Current.CancellationToken);
        Changes.AddRange(context.Changes);
        Changes.AddRange(context.Missing.Select(m => "missing " + m));
    }

    public void RequestJson(string json) => Request.Body.Set(Encoding.UTF8.GetBytes(json));

    public void ResponseJson(string json) => Response.Body.Set(Encoding.UTF8.GetBytes(json));

    public static JsonObject With(params (string Name, JsonNode? Value)[] values)
    {
        var parameters = new JsonObject();
        foreach (var (name, value) in values)
        {
            parameters[name.StartsWith("x-ms-", StringComparison.Ordinal) ? name : "x-ms-apimTemplateParameter." + name] = value;
        }

        return parameters;
    }

    public static void JsonEqual(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}\nactual   {actual?.ToJsonString()}");

    /// <summary>Answers setvaluefromurl's calls with a fixed response and records what they asked.</summary>
    public sealed class RecordingBackend : IBackendCaller
    {
        public List<RuntimeRequest> Sent { get; } = [];

        public RuntimeResponse Answer { get; set; } = new() { Status = 200 };

        public Task<RuntimeResponse> SendAsync(RuntimeRequest request, string purpose, CancellationToken cancellationToken)
        {
            Sent.Add(request);
            return Task.FromResult(Answer);
        }
    }
}
