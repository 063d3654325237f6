using System.Text.Json.Nodes;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>Which side of an operation a schema describes.</summary>
internal enum SchemaRole
{
    /// <summary>A parameter, or a schema inside a body parameter.</summary>
    Input,

    /// <summary>A response schema, or the payload of a webhook notification.</summary>
    Output,
}

/// <summary>
/// A schema reached from an operation: the parameter object itself for non-body parameters, or a schema node (after
/// <c>$ref</c>) under a body parameter or a response. <see cref="PropertyPath"/> lists the property names from the
/// parameter or response root down to this schema; <see cref="Parameter"/> is the input it belongs to, if any.
/// </summary>
internal sealed record SchemaSite(JsonObject Node, string Pointer, SchemaRole Role, ResolvedParameter? Parameter, IReadOnlyList<string> PropertyPath);
