using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>
/// Writes pickers and dynamic schemas: <c>x-ms-dynamic-values</c> (and its newer twin <c>x-ms-dynamic-list</c>),
/// <c>x-ms-dynamic-schema</c> (and <c>x-ms-dynamic-properties</c>).
/// </summary>
internal sealed class DynamicValuesExpander(OriginRecorder origins)
{
    public void AddPicker(JsonObject target, DynamicValuesModel? picker, string pointer)
    {
        if (picker is null)
        {
            return;
        }

        var valuesPointer = JsonPointer.Append(pointer, "x-ms-dynamic-values");
        var values = Start(picker.Operation, picker.Position, valuesPointer);
        AddParameters(values, picker.Parameters, valuesPointer, asReferences: false);
        target["x-ms-dynamic-values"] = values
            .AddIfPresent("value-collection", picker.Collection)
            .AddIfPresent("value-path", picker.ValuePath)
            .AddIfPresent("value-title", picker.TitlePath);

        if (picker.AsList)
        {
            var listPointer = JsonPointer.Append(pointer, "x-ms-dynamic-list");
            var list = Start(picker.Operation, picker.Position, listPointer);
            AddParameters(list, picker.Parameters, listPointer, asReferences: true);
            target["x-ms-dynamic-list"] = list
                .AddIfPresent("itemsPath", picker.Collection)
                .AddIfPresent("itemValuePath", picker.ValuePath)
                .AddIfPresent("itemTitlePath", picker.TitlePath);
        }
    }

    public void AddDynamicSchema(JsonObject target, DynamicSchemaModel? dynamicSchema, string pointer)
    {
        if (dynamicSchema is null)
        {
            return;
        }

        var schemaPointer = JsonPointer.Append(pointer, "x-ms-dynamic-schema");
        var schema = Start(dynamicSchema.Operation, dynamicSchema.Position, schemaPointer);
        AddParameters(schema, dynamicSchema.Parameters, schemaPointer, asReferences: false);
        target["x-ms-dynamic-schema"] = schema.AddIfPresent("value-path", dynamicSchema.ValuePath);

        if (dynamicSchema.AsProperties)
        {
            var propertiesPointer = JsonPointer.Append(pointer, "x-ms-dynamic-properties");
            var properties = Start(dynamicSchema.Operation, dynamicSchema.Position, propertiesPointer);
            AddParameters(properties, dynamicSchema.Parameters, propertiesPointer, asReferences: true);
            target["x-ms-dynamic-properties"] = properties.AddIfPresent("itemValuePath", dynamicSchema.ValuePath);
        }
    }

    private JsonObject Start(ModelReference operation, SourcePosition owner, string pointer)
    {
        origins.Record(pointer, owner);
        origins.Record(JsonPointer.Append(pointer, "operationId"), operation.Position);
        return new JsonObject { ["operationId"] = operation.Name };
    }

    private void AddParameters(JsonObject target, RawJson? parameters, string pointer, bool asReferences)
    {
        if (parameters is null)
        {
            return;
        }

        var parametersPointer = JsonPointer.Append(pointer, "parameters");
        var copy = origins.Copy(parameters, parametersPointer);
        target["parameters"] = asReferences && copy is JsonObject inputs ? ToParameterReferences(inputs) : copy;
    }

    /// <summary>The newer extensions name another input with <c>parameterReference</c> where the older ones say <c>parameter</c>.</summary>
    private static JsonObject ToParameterReferences(JsonObject inputs)
    {
        var converted = new JsonObject();
        foreach (var (name, input) in inputs)
        {
            converted[name] = input is JsonObject fields ? RenameParameterKey(fields) : input?.DeepClone();
        }

        return converted;
    }

    private static JsonObject RenameParameterKey(JsonObject fields)
    {
        var renamed = new JsonObject();
        foreach (var (key, value) in fields)
        {
            renamed[key == "parameter" ? "parameterReference" : key] = value?.DeepClone();
        }

        return renamed;
    }
}
