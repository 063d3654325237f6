using System.Diagnostics;
using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Validation;

namespace ConnectorKit.Tests.Validation;

/// <summary>Runs alone, so the processor time it measures is its own.</summary>
[CollectionDefinition(nameof(CorpusValidationTests), DisableParallelization = true)]
public sealed class CorpusValidationCollection;

[Collection(nameof(CorpusValidationTests))]
public class CorpusValidationTests
{
    /// <summary>The budget: 30 seconds on 2 cores. Measured as processor time, which a busy machine does not inflate as it does the wall clock.</summary>
    private static readonly TimeSpan ProcessorBudget = TimeSpan.FromSeconds(2 * 30);

    [Fact]
    public void Every_corpus_connector_validates_without_a_crash_well_within_the_time_limit()
    {
        RepositoryPaths.RequireCorpus();
        var options = new ValidationOptions { Certification = true };
        var process = Process.GetCurrentProcess();
        var processorBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        // In parallel, as the command line validates several paths.
        var findings = RepositoryPaths.CorpusConnectors().AsParallel().SelectMany(folder => ConnectorValidation.Run(folder, options)).ToList();

        clock.Stop();
        process.Refresh();
        var processor = process.TotalProcessorTime - processorBefore;
        Assert.Empty(findings.Where(d => d.Code == DiagnosticCodes.ValidationRuleFailed.Code).Select(d => d.ToString()));
        Assert.All(findings, d => Assert.False(string.IsNullOrEmpty(d.Position.File), d.ToString()));
        Assert.Contains(findings, d => d.Code == DiagnosticCodes.JsonSyntax.Code);
        Assert.True(processor < ProcessorBudget,
            $"Validating the corpus took {processor.TotalSeconds:F1} s of processor time ({clock.Elapsed.TotalSeconds:F1} s on the clock).");
    }
}
