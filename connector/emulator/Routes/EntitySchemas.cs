using System.Text.Json.Nodes;
using CustomerInsights.Emulator.State;

namespace CustomerInsights.Emulator.Routes;

/// <summary>
/// The JSON schema of an entity's items, mapped from the Entity Data Model types of its attributes exactly as the
/// connector's custom code (script.csx, GetEntitySchema) maps them. The emulator answers GetEntitySchema with it and
/// checks written items against it.
/// </summary>
public static class EntitySchemas
{
    private const string CollectionPrefix = "Collection(";

    public static JsonObject ItemSchema(EntityRecord entity)
    {
        var properties = new JsonObject();
        foreach (var attribute in entity.Attributes.Where(a => a.Name.Length > 0))
        {
            if (properties.ContainsKey(attribute.Name))
            {
                continue;
            }

            var property = TypeSchema(attribute.DataType);
            property["x-ms-summary"] = attribute.Name;
            properties[attribute.Name] = property;
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties };
    }

    /// <summary>The item schema made strict for writes: no attribute the entity lacks, and nulls allowed.</summary>
    public static JsonObject WriteSchema(EntityRecord entity)
    {
        var schema = ItemSchema(entity);
        foreach (var (_, property) in schema["properties"]!.AsObject())
        {
            property!["x-nullable"] = true;
        }

        schema["additionalProperties"] = false;
        return schema;
    }

    private static JsonObject TypeSchema(string edmType)
    {
        if (edmType.StartsWith(CollectionPrefix, StringComparison.Ordinal) && edmType.EndsWith(')'))
        {
            return new JsonObject { ["type"] = "array", ["items"] = TypeSchema(edmType[CollectionPrefix.Length..^1]) };
        }

        return edmType switch
        {
            "Edm.Boolean" => Typed("boolean", null),
            "Edm.Byte" or "Edm.SByte" or "Edm.Int16" or "Edm.Int32" => Typed("integer", "int32"),
            "Edm.Int64" => Typed("integer", "int64"),
            "Edm.Single" => Typed("number", "float"),
            "Edm.Double" => Typed("number", "double"),
            "Edm.Decimal" => Typed("number", null),
            "Edm.DateTimeOffset" or "Edm.DateTime" => Typed("string", "date-time"),
            "Edm.Date" => Typed("string", "date"),
            "Edm.Guid" => Typed("string", "uuid"),
            "Edm.Binary" => Typed("string", "byte"),
            _ => Typed("string", null),
        };
    }

    private static JsonObject Typed(string type, string? format)
    {
        var schema = new JsonObject { ["type"] = type };
        if (format is not null)
        {
            schema["format"] = format;
        }

        return schema;
    }
}
