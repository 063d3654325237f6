using System.Text.Json.Nodes;
using ConnectorKit.ClientGeneration.Schemas;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.ClientGeneration.Building;

/// <summary>
/// The parameters of an operation with <c>$ref</c>s resolved: those of the path item, overridden by the operation's own
/// with the same name and location, in declaration order. Unresolvable or malformed ones are left out.
/// </summary>
internal static class OperationParameters
{
    public static IReadOnlyList<JsonObject> Of(OperationView operation, SwaggerReferences references)
    {
        var own = Resolve(operation.Parameters, references);
        var inherited = Resolve(operation.PathItem.Child("parameters").ArrayOrNull() ?? [], references)
            .Where(p => !own.Any(o => Key(o) == Key(p)));
        return [.. inherited, .. own];
    }

    public static string Name(JsonObject parameter) => parameter.Child("name").StringOrNull() ?? string.Empty;

    public static string Location(JsonObject parameter) => parameter.Child("in").StringOrNull() ?? string.Empty;

    private static List<JsonObject> Resolve(JsonArray parameters, SwaggerReferences references) =>
        [.. parameters.Select(p => references.Resolve(p, "parameters")).OfType<JsonObject>().Where(p => p.Child("in").StringOrNull() is not null)];

    private static (string, string) Key(JsonObject parameter) => (Name(parameter), Location(parameter));
}
