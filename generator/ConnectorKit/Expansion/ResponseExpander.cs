using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>
/// Builds swagger response objects: a reference to a reusable response, or description, <c>x-ms-summary</c>, schema,
/// headers and examples.
/// </summary>
internal sealed class ResponseExpander(OriginRecorder origins)
{
    public const string ReferencePrefix = "#/responses/";

    /// <summary>
    /// The responses of an operation (or the reusable ones), keyed by status code or name, in model order, after the
    /// generated ones in <paramref name="node"/> (a key written in the model replaces a generated one).
    /// </summary>
    public JsonObject ExpandAll(IReadOnlyList<ResponseModel> responses, string pointer, JsonObject? node = null)
    {
        node ??= [];
        foreach (var response in responses)
        {
            node[response.Key] = Expand(response, JsonPointer.Append(pointer, response.Key));
        }

        return node;
    }

    public JsonObject Expand(ResponseModel response, string pointer)
    {
        origins.Record(pointer, response.Position);
        if (response.Reference is { } reference)
        {
            origins.Record(JsonPointer.Append(pointer, "$ref"), reference.Position);
            return new JsonObject { ["$ref"] = ReferencePrefix + JsonPointer.Escape(reference.Name) };
        }

        var node = new JsonObject()
            .AddIfPresent("description", response.Description)
            .AddIfPresent("x-ms-summary", response.Summary);
        if (response.Schema is { } schema)
        {
            node["schema"] = origins.CopySchema(schema, JsonPointer.Append(pointer, "schema"));
        }

        if (response.Headers is { } headers)
        {
            node["headers"] = origins.Copy(headers, JsonPointer.Append(pointer, "headers"));
        }

        if (response.Examples is { } examples)
        {
            node["examples"] = origins.Copy(examples, JsonPointer.Append(pointer, "examples"));
        }

        origins.AppendExtensions(node, response.Extensions, pointer);
        return node;
    }
}
