using System.Globalization;
using System.Text.Json.Nodes;
using ConnectorKit.Conformance;
using ConnectorKit.Definition;
using ConnectorKit.Json;
using CustomerInsights.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerInsights.Emulator.Routes;

/// <summary>One call of a connector operation: its route values, query and body, read as the definition declares them.</summary>
public sealed class OperationRequest(HttpContext context, OperationView operation, EmulatedConnector connector, TimeProvider timeProvider)
{
    public HttpContext Context { get; } = context;

    public OperationView Operation { get; } = operation;

    public DateTimeOffset Now { get; } = timeProvider.GetUtcNow();

    public CancellationToken Aborted => Context.RequestAborted;

    /// <summary>The root of the service URLs as the caller reached it, such as http://127.0.0.1:5080/v1.</summary>
    public string ServiceRoot => $"{Context.Request.Scheme}://{Context.Request.Host}{connector.BasePath}";

    public string Route(string name) => Context.Request.RouteValues[name]?.ToString() ?? string.Empty;

    /// <summary>The instance ID of the path in its canonical form, or null when it is no GUID (no instance has it).</summary>
    public string? InstanceId => Guid.TryParse(Route("dataset"), out var id) ? id.ToString() : null;

    public string? Query(string name) => Context.Request.Query.TryGetValue(name, out var values) ? values.ToString() : null;

    /// <summary>An integer query parameter within bounds; the error names the parameter.</summary>
    public (int? Value, IResult? Error) IntegerQuery(string name, int minimum, int maximum)
    {
        if (Query(name) is not { } text)
        {
            return (null, null);
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum
            ? (value, null)
            : (null, ApiErrors.BadRequest($"The query parameter {name} must be an integer from {minimum} to {maximum}; it is '{text}'."));
    }

    /// <summary>The JSON body, checked against the schema of the operation's body parameter; the error lists every mismatch.</summary>
    public Task<(JsonNode? Body, IResult? Error)> ReadBodyAsync()
    {
        var schema = OperationSchemas.BodyParameter(connector.Swagger, Operation).Child("schema");
        return JsonBodies.ReadAsync(Context, schema, connector.Conformance);
    }

    public IResult InstanceNotFound() => ApiErrors.NotFound($"There is no instance '{Route("dataset")}'.");

    public string Timestamp => Timestamps.Format(Now);
}
