using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.ClientGeneration.Naming;
using ConnectorKit.ClientGeneration.Text;
using ConnectorKit.ClientGeneration.ViewModels;
using ConnectorKit.Json;

namespace ConnectorKit.ClientGeneration.Schemas;

/// <summary>
/// Maps schemas to C# types, creating a record for each object schema and an open enum for each string enum it meets.
/// Definition names are reserved up front in file order, so a definition keeps its name whatever is reached first.
/// </summary>
internal sealed class ModelCatalog
{
    private static readonly string[] RecordMembers =
        ["Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "EqualityContract", "PrintMembers", "Deconstruct"];

    /// <summary>The property that keeps members the schema does not describe.</summary>
    private const string ExtensionData = "AdditionalProperties";

    private readonly SwaggerReferences _references;
    private readonly NameScope _typeNames;
    private readonly Dictionary<string, string> _definitionNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeRef> _definitionTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordViewModel> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<(string JsonName, TypeRef Type)>> _recordShapes = new(StringComparer.Ordinal);
    private readonly List<EnumViewModel> _enums = [];

    public ModelCatalog(SwaggerReferences references, NameScope typeNames)
    {
        _references = references;
        _typeNames = typeNames;
        foreach (var (name, _) in references.Swagger.Definitions ?? [])
        {
            _definitionNames[name] = typeNames.Take(CSharpIdentifiers.ToPascalCase(name, "Model"));
        }
    }

    public IReadOnlyList<RecordViewModel> Records => [.. _records.Values.OrderBy(r => r.Name, StringComparer.Ordinal)];

    public IReadOnlyList<EnumViewModel> Enums => [.. _enums.OrderBy(e => e.Name, StringComparer.Ordinal)];

    /// <summary>The C# property name and type of a record's property by its JSON name, if the record has it.</summary>
    public (string Name, TypeRef Type)? FindProperty(TypeRef record, string jsonName)
    {
        if (!_recordShapes.TryGetValue(record.Name, out var shape) || !_records.TryGetValue(record.Name, out var model))
        {
            return null;
        }

        var index = shape.ToList().FindIndex(p => p.JsonName == jsonName);
        return index < 0 ? null : (model.Properties[index].Name, shape[index].Type);
    }

    public TypeRef Map(JsonNode? node, string nameHint)
    {
        if (node is not JsonObject schema)
        {
            return TypeRef.JsonNode;
        }

        if (SwaggerReferences.DefinitionName(schema) is { } definition)
        {
            return MapDefinition(definition);
        }

        if (schema.ContainsKey("$ref"))
        {
            return TypeRef.JsonNode;
        }

        if (schema.ContainsKey("x-ms-dynamic-schema") || schema.ContainsKey("x-ms-dynamic-properties"))
        {
            return TypeRef.JsonObject;
        }

        return schema.Child("type").StringOrNull() switch
        {
            "array" => TypeRef.ListOf(Map(schema.Child("items"), nameHint + "Item")),
            "string" => IsStringEnum(schema) ? CreateEnum(_typeNames.Take(Pascal(nameHint)), schema) : SchemaFormats.String(schema),
            "integer" or "number" or "boolean" => SchemaFormats.Number(schema),
            "file" => TypeRef.Bytes,
            "object" => MapObject(schema, nameHint),
            null => MapUntyped(schema, nameHint),
            _ => TypeRef.JsonNode,
        };
    }

    private TypeRef MapUntyped(JsonObject schema, string nameHint)
    {
        if (schema.ContainsKey("properties") || schema.ContainsKey("allOf"))
        {
            return MapObject(schema, nameHint);
        }

        if (schema.Child("items") is JsonObject)
        {
            return TypeRef.ListOf(Map(schema.Child("items"), nameHint + "Item"));
        }

        return IsStringEnum(schema) ? CreateEnum(_typeNames.Take(Pascal(nameHint)), schema) : TypeRef.JsonNode;
    }

    private TypeRef MapDefinition(string name)
    {
        if (_definitionTypes.TryGetValue(name, out var known))
        {
            return known;
        }

        if (_references.Definition(name) is not { } schema || !_resolving.Add(name))
        {
            return TypeRef.JsonNode;
        }

        try
        {
            var typeName = _definitionNames[name];
            if (IsStringEnum(schema) && schema.Child("type").StringOrNull() is null or "string")
            {
                return _definitionTypes[name] = CreateEnum(typeName, schema);
            }

            if (ObjectProperties.Collect(schema, _references).Count > 0)
            {
                var type = new TypeRef(typeName, TypeKind.Object);
                _definitionTypes[name] = type;
                CreateRecord(typeName, schema);
                return type;
            }

            return _definitionTypes[name] = Map(schema, typeName);
        }
        finally
        {
            _resolving.Remove(name);
        }
    }

    private TypeRef MapObject(JsonObject schema, string nameHint)
    {
        if (ObjectProperties.Collect(schema, _references).Count > 0)
        {
            var name = _typeNames.Take(Pascal(nameHint));
            CreateRecord(name, schema);
            return new TypeRef(name, TypeKind.Object);
        }

        return schema.Child("additionalProperties") is JsonObject values
            ? TypeRef.DictionaryOf(Map(values, nameHint + "Value"))
            : TypeRef.JsonObject;
    }

    private void CreateRecord(string name, JsonObject schema)
    {
        var collected = ObjectProperties.Collect(schema, _references);
        var extensionData = name == ExtensionData ? "Unmapped" + ExtensionData : ExtensionData;
        var memberNames = new NameScope([name, extensionData, .. RecordMembers]);
        var properties = new List<PropertyViewModel>();
        var shape = new List<(string, TypeRef)>();
        foreach (var property in collected)
        {
            var pascal = CSharpIdentifiers.ToPascalCase(property.JsonName, "Property");
            var propertyName = memberNames.Take(pascal == name ? pascal + "Value" : pascal);
            var type = Map(property.Schema, name + pascal);
            properties.Add(new PropertyViewModel(
                propertyName,
                CSharpLiteral.String(property.JsonName),
                property.Required ? type.Name : type.Optional,
                property.Required ? "required " : string.Empty,
                Docs.Of(property.Schema)));
            shape.Add((property.JsonName, type));
        }

        _records[name] = new RecordViewModel(name, Docs.Of(schema), properties, extensionData);
        _recordShapes[name] = shape;
    }

    private TypeRef CreateEnum(string name, JsonObject schema)
    {
        var memberNames = new NameScope([name, "Value", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "Deconstruct"]);
        var values = new List<EnumValueViewModel>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in schema.Child("enum").ArrayOrNull() ?? [])
        {
            var text = value is null ? null : value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
            if (text is not null && seen.Add(text))
            {
                values.Add(new EnumValueViewModel(
                    memberNames.Take(CSharpIdentifiers.ToPascalCase(text, "Empty")), CSharpLiteral.String(text), "<c>" + DocText.Line(text) + "</c>"));
            }
        }

        _enums.Add(new EnumViewModel(name, Docs.Of(schema), values));
        return TypeRef.Value(name);
    }

    private static bool IsStringEnum(JsonObject schema) =>
        schema.Child("enum") is JsonArray values && values.Any(v => v?.GetValueKind() == JsonValueKind.String);

    private static string Pascal(string hint) => CSharpIdentifiers.ToPascalCase(hint, "Model");
}
