namespace ConnectorKit.ClientGeneration.Schemas;

/// <summary>A C# type a schema maps to, and the JSON read when a body of that type is empty.</summary>
internal sealed record TypeRef(string Name, TypeKind Kind, TypeRef? Item = null, bool IsValueType = false)
{
    public static readonly TypeRef JsonNode = new("JsonNode", TypeKind.Node);
    public static readonly TypeRef JsonObject = new("JsonObject", TypeKind.Object);
    public static readonly TypeRef String = new("string", TypeKind.Text);
    public static readonly TypeRef Bytes = new("byte[]", TypeKind.Bytes);

    /// <summary>The type where a value may be absent.</summary>
    public string Optional => Name + "?";

    /// <summary>What a method returns for this type: scalars and untyped JSON may be null (an empty or null body).</summary>
    public string Result => Kind is TypeKind.Scalar or TypeKind.Node ? Optional : Name;

    /// <summary>The <c>typeof</c> operands the serializer context needs for this type.</summary>
    public IEnumerable<string> SerializableNames => IsValueType ? [Name, Optional] : [Name];

    /// <summary>A number, boolean, date, uuid or open enum: a struct.</summary>
    public static TypeRef Value(string name) => new(name, TypeKind.Scalar, IsValueType: true);

    /// <summary>The JSON that stands for an empty body: an empty object or array, else null.</summary>
    public string FallbackJson => Kind switch
    {
        TypeKind.Object => "{}",
        TypeKind.Array => "[]",
        _ => "null",
    };

    public static TypeRef ListOf(TypeRef item) => new($"IReadOnlyList<{item.Name}>", TypeKind.Array, item);

    public static TypeRef DictionaryOf(TypeRef value) => new($"IReadOnlyDictionary<string, {value.Name}>", TypeKind.Object);
}

/// <summary>What a type is on the wire, which decides how a body of it is read and what an empty body means.</summary>
internal enum TypeKind
{
    /// <summary>A number, boolean, date, uuid, enum or base64 string: a JSON scalar, read as null when the body is empty.</summary>
    Scalar,

    /// <summary>A string, read as JSON when the answer is JSON and as text otherwise.</summary>
    Text,

    /// <summary>A file or binary body.</summary>
    Bytes,

    /// <summary>A record, JsonObject or dictionary.</summary>
    Object,

    Array,

    /// <summary>Any JSON (no schema).</summary>
    Node,
}
