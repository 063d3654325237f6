using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>Builds the reusable parts of the swagger: <c>definitions</c>, <c>parameters</c> and <c>responses</c>, in model order.</summary>
internal sealed class ComponentsExpander(OriginRecorder origins, ParameterExpander parameters, ResponseExpander responses)
{
    public JsonObject ExpandDefinitions(IReadOnlyList<NamedSchemaModel> schemas, string pointer)
    {
        var node = new JsonObject();
        foreach (var schema in schemas)
        {
            var schemaPointer = JsonPointer.Append(pointer, schema.Name);
            node[schema.Name] = origins.CopySchema(schema.Schema, schemaPointer);
            origins.Record(schemaPointer, schema.Position);
        }

        return node;
    }

    public JsonObject ExpandParameters(IReadOnlyList<ParameterModel> reusable, string pointer)
    {
        var node = new JsonObject();
        foreach (var parameter in reusable)
        {
            node[parameter.Key] = parameters.Expand(parameter, JsonPointer.Append(pointer, parameter.Key));
        }

        return node;
    }

    public JsonObject ExpandResponses(IReadOnlyList<ResponseModel> reusable, string pointer) => responses.ExpandAll(reusable, pointer);
}
