using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Runtime.Parameters;

/// <summary>One parameter of an operation, its <c>$ref</c> to the shared parameters resolved.</summary>
public sealed record OperationParameter(string Name, string In, JsonObject Node)
{
    public bool Required => Node.Child("required").BooleanOrNull() == true;

    public string? Type => Node.Child("type").StringOrNull();

    public JsonArray? Enum => Node.Child("enum").ArrayOrNull();

    public JsonNode? Default => Node.Child("default");

    /// <summary>single (the default) or double.</summary>
    public bool DoubleEncoded => Node.Child("x-ms-url-encoding").StringOrNull() == "double";

    public string CollectionFormat => Node.Child("collectionFormat").StringOrNull() ?? "csv";

    public string? ItemType => Node.Child("items").Child("type").StringOrNull();

    /// <summary>The operation's parameters and its path item's, the operation's winning by name and location.</summary>
    public static IReadOnlyList<OperationParameter> Of(OperationView operation, SwaggerDocument swagger)
    {
        var own = Resolve(operation.Parameters, swagger);
        var shared = Resolve(operation.PathItem.Child("parameters").ArrayOrNull() ?? [], swagger)
            .Where(s => !own.Any(o => o.Name == s.Name && o.In == s.In));
        return [.. own, .. shared];
    }

    private static List<OperationParameter> Resolve(JsonArray parameters, SwaggerDocument swagger)
    {
        var resolved = new List<OperationParameter>();
        foreach (var node in parameters.OfType<JsonObject>())
        {
            var target = node.Child("$ref").StringOrNull() is { } reference && reference.StartsWith("#/parameters/", StringComparison.Ordinal)
                ? swagger.SharedParameters.Child(JsonPointer.Unescape(reference["#/parameters/".Length..])).ObjectOrNull()
                : node;
            if (target?.Child("name").StringOrNull() is { } name && target.Child("in").StringOrNull() is { } location)
            {
                resolved.Add(new OperationParameter(name, location, target));
            }
        }

        return resolved;
    }
}
