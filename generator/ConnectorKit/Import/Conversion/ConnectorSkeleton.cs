using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Expansion;
using ConnectorKit.Model;

namespace ConnectorKit.Import.Conversion;

/// <summary>
/// The parts of a converted connector every source derives the same way: the identity (<c>info</c>, <c>host</c>,
/// <c>basePath</c>, <c>schemes</c>) and the one way to authenticate (<c>securityDefinitions</c>, <c>security</c> and
/// the connection parameters). They are expanded by the generator's own expander from the model they stand for, so an
/// import writes exactly what a model with the same <c>connector:</c> and <c>auth:</c> generates; the converter adds
/// the operations, definitions, parameters and responses of the document.
/// </summary>
internal static class ConnectorSkeleton
{
    /// <summary>Swagger's root keys in the generator's canonical order; the converted parts go in their places.</summary>
    private static readonly string[] RootOrder =
        ["swagger", "info", "host", "basePath", "schemes", "consumes", "produces", "paths", "definitions", "parameters", "responses",
         "securityDefinitions", "security", "tags", "x-ms-connector-metadata"];

    public static ConnectorDefinition Build(string folder, ConnectorInfoModel info, AuthModel? auth, ConvertedParts parts)
    {
        var model = new ConnectorModel { Folder = folder, Info = info, Auth = auth };
        var expanded = ModelExpander.Expand(model).Definition;
        var generated = expanded.ApiDefinition;
        var swagger = new JsonObject();
        foreach (var key in RootOrder)
        {
            var value = key switch
            {
                "paths" => parts.Paths,
                "definitions" => NonEmpty(parts.Definitions),
                "parameters" => NonEmpty(parts.Parameters),
                "responses" => NonEmpty(parts.Responses),
                "tags" => parts.Tags.Count > 0 ? parts.Tags : null,
                _ => generated[key]?.DeepClone(),
            };
            if (value is not null)
            {
                swagger[key] = value;
            }
        }

        return new ConnectorDefinition(swagger, expanded.ApiProperties);
    }

    private static JsonObject? NonEmpty(JsonObject section) => section.Count > 0 ? section : null;
}

/// <summary>What a converter makes of the document's operations and components, as Swagger 2.0.</summary>
internal sealed class ConvertedParts
{
    public JsonObject Paths { get; } = [];

    public JsonObject Definitions { get; } = [];

    public JsonObject Parameters { get; } = [];

    public JsonObject Responses { get; } = [];

    public JsonArray Tags { get; } = [];
}
