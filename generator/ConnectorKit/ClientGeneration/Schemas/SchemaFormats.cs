using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.ClientGeneration.Schemas;

/// <summary>The C# types of scalar schemas by type and format; unknown formats fall back to the plain type.</summary>
internal static class SchemaFormats
{
    public static TypeRef String(JsonObject schema) => schema.Child("format").StringOrNull() switch
    {
        "date-time" => TypeRef.Value("DateTimeOffset"),
        "date" => TypeRef.Value("DateOnly"),
        "uuid" or "guid" => TypeRef.Value("Guid"),
        "byte" => new TypeRef("byte[]", TypeKind.Scalar),
        "binary" => TypeRef.Bytes,
        _ => TypeRef.String,
    };

    public static TypeRef Number(JsonObject schema) => (schema.Child("type").StringOrNull(), schema.Child("format").StringOrNull()) switch
    {
        ("boolean", _) => TypeRef.Value("bool"),
        ("integer", "int32") => TypeRef.Value("int"),
        ("integer", _) => TypeRef.Value("long"),
        (_, "float") => TypeRef.Value("float"),
        (_, "decimal") => TypeRef.Value("decimal"),
        _ => TypeRef.Value("double"),
    };
}
