namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>The JSON kinds a field may hold; a field may allow several (<c>items</c> is an object or an array).</summary>
[Flags]
internal enum JsonKinds
{
    None = 0,
    String = 1,
    Number = 2,
    Integer = 4,
    Boolean = 8,
    Object = 16,
    Array = 32,
    Any = String | Number | Integer | Boolean | Object | Array,
}

/// <summary>One fixed field of a Swagger 2.0 object: what it may hold and whether the object must have it.</summary>
internal sealed record FieldShape(JsonKinds Kinds, bool Required = false);

/// <summary>A kind of Swagger 2.0 object with its fixed fields. Keys starting with <c>x-</c> are extensions and always allowed.</summary>
internal sealed record ObjectShape(string Name, IReadOnlyDictionary<string, FieldShape> Fields)
{
    public IEnumerable<string> RequiredFields => Fields.Where(f => f.Value.Required).Select(f => f.Key);
}
