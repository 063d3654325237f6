using ConnectorKit.Diagnostics;

namespace ConnectorKit.Model;

/// <summary>A reusable schema (swagger <c>definitions</c>). The schema is JSON Schema as Swagger 2.0 knows it.</summary>
public sealed record NamedSchemaModel(string Name, RawJson Schema, SourcePosition Position);

/// <summary>
/// A response: by status code within an operation (or by name when reusable). Either a reference to a reusable
/// response, or a description with an optional schema and headers.
/// </summary>
public sealed record ResponseModel
{
    /// <summary>The status code (<c>200</c>, <c>default</c>) or, for a reusable response, its name.</summary>
    public required string Key { get; init; }

    public ModelReference? Reference { get; init; }

    public string? Description { get; init; }

    /// <summary><c>x-ms-summary</c>: the response's label (a response has no Swagger summary).</summary>
    public string? Summary { get; init; }

    public RawJson? Schema { get; init; }

    /// <summary>Response headers as Swagger writes them (name to header object).</summary>
    public RawJson? Headers { get; init; }

    /// <summary>Example bodies by media type, as Swagger 2.0 writes them (after the headers).</summary>
    public RawJson? Examples { get; init; }

    public RawJson? Extensions { get; init; }

    /// <summary><c>code: null</c> in an operation: it leaves out the shared response of that code.</summary>
    public bool Omitted { get; init; }

    public required SourcePosition Position { get; init; }
}
