using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Conformance;

/// <summary>Where an operation's schemas are: its body parameter, each declared response, a webhook's notifications.</summary>
public static class OperationSchemas
{
    /// <summary>The body parameter (after a <c>#/parameters/...</c> reference), or null when the operation takes none.</summary>
    public static JsonObject? BodyParameter(SwaggerDocument swagger, OperationView operation) =>
        operation.Parameters.Select(p => Resolve(swagger, p)).FirstOrDefault(p => p.Child("in").StringOrNull() == "body");

    /// <summary>The response declared for <paramref name="status"/> (else <c>default</c>), after a <c>#/responses/...</c> reference; null when undeclared.</summary>
    public static JsonObject? Response(SwaggerDocument swagger, OperationView operation, int status) =>
        Resolve(swagger, operation.Responses.Child(status.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        ?? Resolve(swagger, operation.Responses.Child("default"));

    /// <summary>The schema of the notifications a webhook trigger receives: <c>x-ms-notification-content</c> of its path item.</summary>
    public static JsonNode? Notification(OperationView operation) =>
        operation.PathItem.Child("x-ms-notification-content").Child("schema");

    /// <summary>A shared parameter or response (<c>#/parameters/...</c>, <c>#/responses/...</c>) for a reference to one.</summary>
    public static JsonObject? Resolve(SwaggerDocument swagger, JsonNode? node) =>
        node.Child("$ref").StringOrNull() is { } reference ? LocalReference.Find(swagger.Node, reference).ObjectOrNull() : node.ObjectOrNull();
}
