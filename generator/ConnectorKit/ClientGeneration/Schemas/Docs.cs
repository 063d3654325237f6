using System.Text.Json.Nodes;
using ConnectorKit.ClientGeneration.Text;
using ConnectorKit.Json;

namespace ConnectorKit.ClientGeneration.Schemas;

/// <summary>The documentation lines of a schema or parameter: its description, else its x-ms-summary, else its title.</summary>
internal static class Docs
{
    public static IReadOnlyList<string> Of(JsonNode? node) => DocText.Lines(Text(node));

    /// <summary>A one-line doc: "Summary: description" when both exist and differ.</summary>
    public static string LineOf(JsonNode? node)
    {
        var summary = (node as JsonObject).Child("x-ms-summary").StringOrNull();
        var description = (node as JsonObject).Child("description").StringOrNull();
        var text = summary is not null && description is not null && !description.StartsWith(summary, StringComparison.Ordinal)
            ? summary.TrimEnd('.', ' ') + ": " + description
            : description ?? summary ?? (node as JsonObject).Child("title").StringOrNull();
        return DocText.Line(text);
    }

    private static string? Text(JsonNode? node) => node is JsonObject schema
        ? schema.Child("description").StringOrNull() ?? schema.Child("x-ms-summary").StringOrNull() ?? schema.Child("title").StringOrNull()
        : null;
}
