using ConnectorKit.Diagnostics;
using ConnectorKit.Inputs;

namespace ConnectorKit.Diff;

/// <summary>
/// Compares two versions of a connector and reports what changed for the flows and apps built on the old one:
/// breaking changes as errors (see <see cref="DiffCodes"/>), safe additions as infos. Output is sorted and stable.
/// </summary>
public static class BreakingChangeDetector
{
    public static IReadOnlyList<Diagnostic> Compare(PositionedConnector old, PositionedConnector current)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(current);
        var context = new DiffContext(old, current);
        var operations = new OperationComparer(context);
        foreach (var pair in OperationMatcher.Match(old.Definition.Swagger, current.Definition.Swagger))
        {
            operations.Compare(pair);
            if (pair is { Old: { } before, New: { } after })
            {
                new ParameterComparer(context, pair).Compare(before, after);
                new ResponseComparer(context, pair).Compare(before, after);
            }
        }

        new AuthComparer(context).Compare();
        return context.Findings;
    }
}
