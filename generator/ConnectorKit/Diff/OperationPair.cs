using ConnectorKit.Definition;

namespace ConnectorKit.Diff;

/// <summary>
/// An operation as it was and as it is. <see cref="Old"/> is null for an added operation, <see cref="New"/> for a
/// removed one; <see cref="IdChanged"/> when they were paired by method and path because the id differs.
/// </summary>
internal sealed record OperationPair(OperationView? Old, OperationView? New, bool IdChanged = false)
{
    /// <summary>The name the report uses: the old id, since that is what existing flows know.</summary>
    public string Name => Old?.OperationId ?? New?.OperationId ?? $"{Either.Method.ToUpperInvariant()} {Either.Path}";

    private OperationView Either => Old ?? New ?? throw new InvalidOperationException("A pair holds at least one operation.");
}
