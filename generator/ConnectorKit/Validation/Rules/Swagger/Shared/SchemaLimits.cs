namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>
/// Limits on schema size. Microsoft documents the per-body count; it names the depth and total limits only as
/// '{0}' in its messages, so those two are chosen from the corpus (see each constant).
/// </summary>
internal static class SchemaLimits
{
    /// <summary>Documented: at most 512 schemas per body (certification rules, as listed in the project's spec of the validator rules).</summary>
    public const int SchemasPerBody = 512;

    /// <summary>Chosen, not documented: the deepest payload of the 314 corpus connectors nests 14 levels; 32 leaves room for more than twice that.</summary>
    public const int MaxDepth = 32;

    /// <summary>Chosen, not documented: the largest document of the corpus writes 5,897 schemas; 10,000 leaves room for growth.</summary>
    public const int TotalSchemas = 10_000;
}
