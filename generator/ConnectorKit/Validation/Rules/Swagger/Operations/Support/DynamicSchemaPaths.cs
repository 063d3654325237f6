using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>
/// Where <c>x-ms-dynamic-schema</c> finds the schema in the invoked operation's response (<c>value-path</c>), and what
/// <c>x-ms-dynamic-properties</c> should say instead (<c>itemValuePath</c>): the older extension may point at a schema's
/// <c>properties</c>, the newer one points at the schema object itself.
/// </summary>
internal static class DynamicSchemaPaths
{
    public static IEnumerable<(ObjectSite Site, string ValuePath)> Sites(JsonObject root)
    {
        foreach (var site in DocumentObjects.Of(root))
        {
            if (site.Node[DynamicInvocation.Schema].Child("value-path").StringOrNull() is { } valuePath)
            {
                yield return (site, valuePath);
            }
        }
    }

    public static bool PointsAtProperties(string valuePath) =>
        valuePath.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } segments && segments[^1] == "properties";

    /// <summary>The value path with a final <c>properties</c> segment removed.</summary>
    public static string SchemaObjectPath(string valuePath)
    {
        var segments = valuePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('/', PointsAtProperties(valuePath) ? segments[..^1] : segments);
    }

    /// <summary>The path with empty segments dropped, so <c>/a/b/</c> and <c>a/b</c> compare equal.</summary>
    public static string Normalize(string path) => string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries));

    public static string ValuePathPointer(ObjectSite site) => JsonPointer.Append(JsonPointer.Append(site.Pointer, DynamicInvocation.Schema), "value-path");
}
