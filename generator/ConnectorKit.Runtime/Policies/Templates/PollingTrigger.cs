using System.Globalization;
using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>pollingtrigger</c>: turns an ordinary list operation into a polling trigger, answering the caller (Power Automate,
/// or <c>PollingTriggerClient</c>) with the platform's state machine. The trigger's state is the query values of
/// triggerConfig (each a template read against the backend's body as <c>@triggerBody()</c>), carried in the Location
/// the runtime answers with, marked by the query parameter <see cref="StateParameter"/> (which never reaches the
/// backend). The first call only sets the state: 202 Accepted, Location, Retry-After. A later call whose items (at
/// triggerDataPath) are empty answers 202 with the same state; one with items answers 200 with the backend's body and
/// a Location carrying the state taken from it. A backend error passes through unchanged.
/// </summary>
public sealed class PollingTrigger : IRuntimePolicy
{
    public const string Id = "pollingtrigger";

    /// <summary>Marks a call that carries a polling trigger's state; reserved, and removed before the backend call.</summary>
    public const string StateParameter = "ck-trigger-state";

    private const string NextLinkSetting = "x-ms-triggerConfig-nextLink";

    public static readonly PolicySection[] Sections = [PolicySection.Response];

    private readonly IReadOnlyList<(string Parameter, ValueTemplate Value)> _config;
    private readonly BodyPath _dataPath;

    private PollingTrigger(PolicyDefinition definition)
    {
        Definition = definition;
        if (definition.Raw("triggerConfig") is not JsonObject config)
        {
            throw new PolicyDefinitionException("triggerConfig", "triggerConfig must be an object mapping each query parameter to its value template.");
        }

        _config = [.. config.Where(p => p.Key != NextLinkSetting)
            .Select(p => (p.Key, definition.Template("triggerConfig", p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : p.Value?.ToJsonString() ?? string.Empty)))];
        _dataPath = definition.RequiredBodyPath("triggerDataPath");
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new PollingTrigger(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        var response = context.Response!;
        var body = response.Body.ReadJson();
        var items = JsonPath.Read(body, _dataPath.Steps) as JsonArray;
        var query = context.Origin.Query.Where(q => q.Key != StateParameter).ToList();
        if (items is { Count: > 0 })
        {
            var scope = context.Scope(triggerBody: body, body: body);
            foreach (var (parameter, template) in _config)
            {
                var value = context.EvaluateText(template, scope);
                query.RemoveAll(q => q.Key == parameter);
                query.Add(new(parameter, value));
            }
        }

        query.Add(new(StateParameter, "1"));
        var location = context.Origin.AddressWith(query);
        var fires = context.Origin.IsPollingStateCall && items is { Count: > 0 };
        response.Headers.Set("Location", location.AbsoluteUri);
        response.Headers.Set("Retry-After", ((int)Math.Ceiling(context.State.PollingInterval.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
        if (fires)
        {
            response.Status = 200;
            context.Changes.Add($"trigger fires with {items!.Count} item(s); next state in Location {location}");
        }
        else
        {
            response.Status = 202;
            response.Body.Set([]);
            response.Headers.Remove("Content-Type");
            context.Changes.Add(context.Origin.IsPollingStateCall
                ? "no new items: 202 with the same state"
                : $"first poll sets the state ({items?.Count ?? 0} item(s) now): 202 with Location {location}");
        }

        return Task.CompletedTask;
    }
}
