namespace ConnectorKit.Diff;

/// <summary>
/// Which way data flows through a schema. Inputs break when they demand more (new required fields, fewer accepted
/// values); outputs break when they give less (missing or retyped properties).
/// </summary>
internal enum SchemaDirection
{
    Request,
    Response,
}
