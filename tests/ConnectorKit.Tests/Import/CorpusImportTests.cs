using ConnectorKit.Import;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Import;

/// <summary>The real corpus: every readable connector imports and regenerates exactly (timings are the benchmark's business); unreadable ones say where.</summary>
public sealed class CorpusImportTests
{
    /// <summary>Exact round trips at the time of writing: every connector of the corpus, those that are not strict JSON included. It must not drop.</summary>
    private const int RecordedExactRoundTrips = 314;

    [Fact]
    public void The_corpus_round_trips_exactly()
    {
        RepositoryPaths.RequireCorpus();
        var outcomes = RepositoryPaths.CorpusConnectors().AsParallel().AsOrdered().Select(RoundTripChecker.Check).ToList();

        var different = outcomes.Where(o => o.Status == RoundTripStatus.Different).Select(o => $"{o.Folder}: {o.Difference}").ToList();
        Assert.True(different.Count == 0, string.Join("\n", different));
        Assert.True(outcomes.Count(o => o.Status == RoundTripStatus.Same) >= RecordedExactRoundTrips);
        Assert.All(
            outcomes.Where(o => o.Status == RoundTripStatus.Unreadable),
            o => Assert.Contains(o.Diagnostics, d => d.Severity == ConnectorKit.Diagnostics.Severity.Error && d.Position.Line > 0 && d.Position.Column > 0));
    }
}
