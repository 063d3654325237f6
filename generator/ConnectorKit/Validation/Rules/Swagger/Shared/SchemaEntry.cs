using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>Which way the data a schema describes travels.</summary>
internal enum SchemaFlow
{
    /// <summary>A definition under <c>#/definitions</c>: it may be used either way.</summary>
    Either,

    /// <summary>Under a body parameter.</summary>
    Input,

    /// <summary>Under a response or a webhook's notification content.</summary>
    Output,
}

/// <summary>How a schema hangs from the schema that holds it.</summary>
internal enum SchemaLink
{
    Root,
    Property,
    Items,
    AdditionalProperties,

    /// <summary>A member of <c>allOf</c>, <c>anyOf</c> or <c>oneOf</c>, or the schema of <c>not</c>: same level of data.</summary>
    Member,
}

/// <summary>
/// A schema object as written in the document (it may be a <c>$ref</c>). <see cref="Parent"/> is the schema that holds
/// it, null at a root; <see cref="PropertyName"/> is set when it sits under the parent's <c>properties</c>.
/// </summary>
internal sealed record SchemaEntry(JsonObject Node, string Pointer, SchemaFlow Flow, SchemaEntry? Parent, SchemaLink Link, string? PropertyName = null)
{
    public bool IsRoot => Parent is null;

    /// <summary>Whether the schema describes data one level below its parent (a property, items, additional properties).</summary>
    public bool IsNested => Link is SchemaLink.Property or SchemaLink.Items or SchemaLink.AdditionalProperties;

    public bool IsReference => Node.ContainsKey("$ref");

    public string? Type => Node.Child("type").StringOrNull();

    public string? Format => Node.Child("format").StringOrNull();

    public string Member(string key) => JsonPointer.Append(Pointer, key);
}
