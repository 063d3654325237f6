using NJsonSchema.Validation;

namespace ConnectorKit.Tests.Schemas;

/// <summary>
/// One schema violation: where (NJsonSchema's JSON path: <c>#/</c>, then property names joined by dots, quoted in
/// brackets when they hold special characters, and <c>[i]</c> indexes), what kind, and when it is about a subschema
/// (<c>oneOf</c>, <c>anyOf</c>, <c>additionalProperties</c>, <c>items</c>) the findings of each subschema tried.
/// </summary>
public sealed record SchemaFinding(string Path, string Kind, IReadOnlyList<IReadOnlyList<SchemaFinding>> Branches)
{
    public static SchemaFinding From(ValidationError error) => new(
        error.Path ?? "#",
        error.Kind.ToString(),
        error is ChildSchemaValidationError child
            ? [.. child.Errors.Values.Select(branch => (IReadOnlyList<SchemaFinding>)[.. branch.Select(From)])]
            : []);

    public override string ToString() => Branches.Count == 0
        ? $"{Path}: {Kind}"
        : $"{Path}: {Kind} [{string.Join(" | ", Branches.Select(branch => string.Join("; ", branch)))}]";
}
