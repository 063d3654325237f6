using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>Builds one swagger parameter object (a reusable one or one written inline in an operation).</summary>
internal sealed class ParameterExpander(OriginRecorder origins, EnumExpander enums, DynamicValuesExpander dynamicValues)
{
    public const string InBody = "body";
    public const string InPath = "path";

    public JsonObject Expand(ParameterModel parameter, string pointer)
    {
        origins.Record(pointer, parameter.Position);
        var node = new JsonObject
        {
            ["name"] = parameter.Name,
            ["in"] = parameter.In,
        };

        // Swagger lets parameters omit required; writing it always makes the intent plain to reviewers. Null (a body
        // that does not say, or the model's explicit "required: null") writes nothing.
        if (parameter.Required is { } required)
        {
            node["required"] = required;
        }

        node.AddIfPresent("type", parameter.Type)
            .AddIfPresent("format", parameter.Format);
        if (parameter.Default is { } given)
        {
            node["default"] = origins.Copy(given, JsonPointer.Append(pointer, "default"));
        }

        enums.AddTo(node, parameter.Enum, parameter.EnumValues, pointer);
        AddRaw(node, "items", parameter.Items, pointer, schema: false);
        node.AddIfPresent("collectionFormat", parameter.CollectionFormat);
        AddRaw(node, "schema", parameter.Schema, pointer, schema: true);
        node.AddIfPresent("x-ms-summary", parameter.Summary)
            .AddIfPresent("description", parameter.Description)
            .AddIfPresent("x-ms-visibility", parameter.Visibility)
            .AddIfPresent("x-ms-url-encoding", parameter.UrlEncoding);
        AddKeywords(node, parameter, pointer);
        dynamicValues.AddPicker(node, parameter.Picker, pointer);
        AddDynamicSchema(node, parameter, pointer);
        origins.AppendExtensions(node, parameter.Extensions, pointer);
        return node;
    }

    /// <summary>
    /// A body's dynamic schema belongs inside its schema: the platform rejects dynamic extensions on a body parameter
    /// itself (Microsoft's DynamicExtensionDefinitionNotAllowedInParameter).
    /// </summary>
    private void AddDynamicSchema(JsonObject node, ParameterModel parameter, string pointer)
    {
        if (parameter.In != InBody || parameter.DynamicSchema is null)
        {
            dynamicValues.AddDynamicSchema(node, parameter.DynamicSchema, pointer);
            return;
        }

        if (node.Child("schema") is not JsonObject schema)
        {
            schema = new JsonObject { ["type"] = "object" };
            node["schema"] = schema;
        }

        dynamicValues.AddDynamicSchema(schema, parameter.DynamicSchema, JsonPointer.Append(pointer, "schema"));
    }

    /// <summary>The validation keywords and sample values, in <see cref="ParameterKeyword.All"/>'s order.</summary>
    private void AddKeywords(JsonObject node, ParameterModel parameter, string pointer)
    {
        foreach (var (keyword, value) in parameter.Keywords)
        {
            node[keyword.SwaggerKey] = origins.Copy(value, JsonPointer.Append(pointer, keyword.SwaggerKey));
        }
    }

    private void AddRaw(JsonObject node, string key, RawJson? raw, string pointer, bool schema)
    {
        if (raw is null)
        {
            return;
        }

        var childPointer = JsonPointer.Append(pointer, key);
        node[key] = schema ? origins.CopySchema(raw, childPointer) : origins.Copy(raw, childPointer);
    }
}
