using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Connections;
using ConnectorKit.Runtime.Messages;

namespace ConnectorKit.Runtime.Policies.Expressions;

/// <summary>
/// What expressions read: the connection, the headers and body of the message at hand (the request in the request
/// section, the response after it), the request's query, the operation's parameter values, the current collection
/// item and the trigger body. Values that are missing are noted for the log.
/// </summary>
public sealed class ExpressionScope
{
    public required ConnectionValues Connection { get; init; }

    public required HeaderList Headers { get; init; }

    public required RuntimeRequest Request { get; init; }

    public required Func<JsonNode?> Body { get; init; }

    public JsonNode? Item { get; init; }

    public JsonNode? TriggerBody { get; init; }

    public required IReadOnlyDictionary<string, string> ParameterValues { get; init; }

    public required string OriginalMethod { get; init; }

    public List<string> Missing { get; } = [];

    public ExpressionScope WithItem(JsonNode? item) => new()
    {
        Connection = Connection, Headers = Headers, Request = Request, Body = Body, Item = item, TriggerBody = TriggerBody,
        ParameterValues = ParameterValues, OriginalMethod = OriginalMethod,
    };

    public JsonNode? Resolve(ExpressionPart expression)
    {
        var value = expression.Kind switch
        {
            ValueSourceKind.ConnectionParameter => Text(Connection.Get(expression.Name!)),
            ValueSourceKind.Header => Text(Headers.Get(expression.Name!)),
            ValueSourceKind.QueryParameter => Text(Request.QueryValue(expression.Name!)),
            ValueSourceKind.Body => JsonPath.Read(Body(), expression.Steps),
            ValueSourceKind.Item => JsonPath.Read(Item, expression.Steps),
            ValueSourceKind.TriggerBody => JsonPath.Read(TriggerBody, expression.Steps),
            ValueSourceKind.OriginalMethod => Text(OriginalMethod),
            _ => null,
        };
        if (value is null)
        {
            if (expression.Default is { } fallback)
            {
                return JsonValue.Create(fallback);
            }

            Missing.Add(expression.Text);
        }

        return value;
    }

    /// <summary>The value of an operation parameter by name (case ignored, as connectors write <c>{baseCurrency}</c> and <c>{basecurrency}</c>).</summary>
    public string? ParameterValue(string name) =>
        ParameterValues.TryGetValue(name, out var exact) ? exact : ParameterValues.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static JsonValue? Text(string? value) => value is null ? null : JsonValue.Create(value);
}
