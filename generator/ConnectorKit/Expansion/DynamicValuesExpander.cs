using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>
/// Writes pickers and dynamic schemas: <c>x-ms-dynamic-values</c> (and its newer twin <c>x-ms-dynamic-list</c>),
/// <c>x-ms-dynamic-schema</c> (and <c>x-ms-dynamic-properties</c>). The static builders give the JSON alone (schemas
/// of the model use them while they are read); the expander also records where each part came from.
/// </summary>
internal sealed class DynamicValuesExpander(OriginRecorder origins)
{
    public const string Values = "x-ms-dynamic-values";
    public const string List = "x-ms-dynamic-list";
    public const string Schema = "x-ms-dynamic-schema";
    public const string Properties = "x-ms-dynamic-properties";

    public void AddPicker(JsonObject target, DynamicValuesModel? picker, string pointer)
    {
        if (picker is null)
        {
            return;
        }

        foreach (var (key, value) in Picker(picker))
        {
            Record(JsonPointer.Append(pointer, key), picker.Operation, picker.Parameters, picker.Position);
            target[key] = value;
        }
    }

    public void AddDynamicSchema(JsonObject target, DynamicSchemaModel? dynamicSchema, string pointer)
    {
        if (dynamicSchema is null)
        {
            return;
        }

        foreach (var (key, value) in DynamicSchema(dynamicSchema))
        {
            Record(JsonPointer.Append(pointer, key), dynamicSchema.Operation, dynamicSchema.Parameters, dynamicSchema.Position);
            target[key] = value;
        }
    }

    /// <summary>The extension keys a picker writes, in order: x-ms-dynamic-values (unless only the list is asked for), then x-ms-dynamic-list when asked for.</summary>
    public static IEnumerable<(string Key, JsonObject Value)> Picker(DynamicValuesModel picker)
    {
        if (picker.List != AlsoNewer.Only)
        {
            yield return (Values, Start(picker.Operation, picker.Parameters?.Value?.DeepClone())
                .AddIfPresent("value-collection", picker.Collection)
                .AddIfPresent("value-path", picker.ValuePath)
                .AddIfPresent("value-title", picker.TitlePath));
        }

        if (picker.List != AlsoNewer.No)
        {
            var parameters = ToParameterReferences(picker.Parameters, picker.ReferencePrefix, picker.References);
            yield return (List, Start(picker.Operation, parameters)
                .AddIfPresent("itemsPath", picker.Collection)
                .AddIfPresent("itemValuePath", picker.ValuePath)
                .AddIfPresent("itemTitlePath", picker.TitlePath));
        }
    }

    /// <summary>The extension keys a dynamic schema writes: x-ms-dynamic-schema (unless only the newer form is asked for), then x-ms-dynamic-properties when asked for.</summary>
    public static IEnumerable<(string Key, JsonObject Value)> DynamicSchema(DynamicSchemaModel dynamicSchema)
    {
        if (dynamicSchema.Properties != AlsoNewer.Only)
        {
            yield return (Schema, Start(dynamicSchema.Operation, dynamicSchema.Parameters?.Value?.DeepClone())
                .AddIfPresent("value-path", dynamicSchema.ValuePath));
        }

        if (dynamicSchema.Properties != AlsoNewer.No)
        {
            var parameters = ToParameterReferences(dynamicSchema.Parameters, dynamicSchema.ReferencePrefix, dynamicSchema.References);
            yield return (Properties, Start(dynamicSchema.Operation, parameters)
                .AddIfPresent("itemValuePath", dynamicSchema.PropertiesValuePath ? dynamicSchema.ValuePath : null));
        }
    }

    private void Record(string pointer, ModelReference operation, RawJson? parameters, SourcePosition owner)
    {
        origins.Record(pointer, owner);
        origins.Record(JsonPointer.Append(pointer, "operationId"), operation.Position);
        if (parameters is not null)
        {
            origins.RecordSubtree(JsonPointer.Append(pointer, "parameters"), parameters, JsonPointer.Root);
        }
    }

    private static JsonObject Start(ModelReference operation, JsonNode? parameters) =>
        new JsonObject { ["operationId"] = operation.Name }.AddIfPresent("parameters", parameters);

    /// <summary>
    /// The newer extensions name another input with <c>parameterReference</c> (after the prefix) where the older ones
    /// say <c>parameter</c> (or what <paramref name="references"/> gives for the input), and a constant the older ones
    /// write bare as <c>{ value: x }</c>.
    /// </summary>
    private static JsonNode? ToParameterReferences(RawJson? parameters, string? prefix, IReadOnlyDictionary<string, string> references)
    {
        if (parameters?.Value is not JsonObject inputs)
        {
            return parameters?.Value?.DeepClone();
        }

        var converted = new JsonObject();
        foreach (var (name, input) in inputs)
        {
            converted[name] = input switch
            {
                JsonObject fields => RenameParameterKey(fields, prefix, references.GetValueOrDefault(name)),
                null => null,
                _ => new JsonObject { ["value"] = input.DeepClone() },
            };
        }

        return converted;
    }

    private static JsonObject RenameParameterKey(JsonObject fields, string? prefix, string? reference)
    {
        var renamed = new JsonObject();
        foreach (var (key, value) in fields)
        {
            if (key == "parameter")
            {
                renamed["parameterReference"] = ReferenceTo(value, prefix, reference);
            }
            else
            {
                renamed[key] = value?.DeepClone();
            }
        }

        return renamed;
    }

    /// <summary>The input the newer form names: the reference given for it, else the older name after the prefix.</summary>
    private static JsonNode? ReferenceTo(JsonNode? parameter, string? prefix, string? reference) =>
        reference ?? (prefix is not null && parameter.StringOrNull() is { } name ? prefix + name : parameter?.DeepClone());
}
