namespace ConnectorKit.Model;

/// <summary>
/// The one-word types of the model: <c>type: uuid</c> stands for <c>type: string</c> with <c>format: uuid</c>, in
/// schemas, parameters and filters alike. The plain Swagger types are words too, standing for themselves.
/// </summary>
public static class TypeWords
{
    public static readonly IReadOnlyList<string> PlainTypes = ["string", "integer", "number", "boolean", "object", "array", "file"];

    private static readonly (string Word, string Type, string Format)[] Shorthands =
    [
        ("uuid", "string", "uuid"),
        ("date-time", "string", "date-time"),
        ("date", "string", "date"),
        ("uri", "string", "uri"),
        ("email", "string", "email"),
        ("byte", "string", "byte"),
        ("binary", "string", "binary"),
        ("password", "string", "password"),
        ("int32", "integer", "int32"),
        ("int64", "integer", "int64"),
        ("float", "number", "float"),
        ("double", "number", "double"),
    ];

    public static IEnumerable<string> Words => PlainTypes.Concat(Shorthands.Select(s => s.Word));

    /// <summary>The Swagger type and format a one-word type stands for, or null for any other word.</summary>
    public static (string Type, string Format)? Expand(string word) =>
        Shorthands.FirstOrDefault(s => s.Word == word) is { Word: not null } found ? (found.Type, found.Format) : null;

    /// <summary>The one word for a type and format, or null when they have none.</summary>
    public static string? Shorten(string type, string format) =>
        Shorthands.FirstOrDefault(s => s.Type == type && s.Format == format).Word;
}
