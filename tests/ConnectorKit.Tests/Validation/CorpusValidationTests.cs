using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Validation;

namespace ConnectorKit.Tests.Validation;

/// <summary>The real corpus validates without a rule crashing. How long it takes is the benchmark's business, not a test's.</summary>
public class CorpusValidationTests
{
    [Fact]
    public void Every_corpus_connector_validates_without_a_crash()
    {
        RepositoryPaths.RequireCorpus();
        var options = new ValidationOptions { Certification = true };

        // In parallel, as the command line validates several paths.
        var findings = RepositoryPaths.CorpusConnectors().AsParallel().SelectMany(folder => ConnectorValidation.Run(folder, options)).ToList();

        Assert.Empty(findings.Where(d => d.Code == DiagnosticCodes.ValidationRuleFailed.Code).Select(d => d.ToString()));
        Assert.All(findings, d => Assert.False(string.IsNullOrEmpty(d.Position.File), d.ToString()));
        // Every published connector is read; those paconn could not upload say so.
        Assert.DoesNotContain(findings, d => d.Code == DiagnosticCodes.JsonSyntax.Code || d.Code == DiagnosticCodes.InvalidEncoding.Code);
        Assert.Contains(findings, d => d.Code == DiagnosticCodes.PaconnCannotParse.Code && d.Severity == Severity.Error);
    }
}
