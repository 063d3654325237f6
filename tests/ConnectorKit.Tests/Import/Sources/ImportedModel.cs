using System.Text;
using ConnectorKit.Diagnostics;
using ConnectorKit.Generation;
using ConnectorKit.Import;
using ConnectorKit.Import.Sources;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Validation;

namespace ConnectorKit.Tests.Import.Sources;

/// <summary>
/// A document imported as the import command does it, its model written to a temporary folder: what the import
/// found, the model's text, and what generating and validating the written model give.
/// </summary>
public sealed class ImportedModel : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private ImportedModel(string source, ImportResult result)
    {
        Source = source;
        Result = result;
        ModelFolder = Path.Combine(_folder.Path, "model");
        foreach (var file in result.Files)
        {
            _folder.WriteBytes(Path.Combine("model", file.RelativePath), file.Content);
        }
    }

    public string Source { get; }

    public ImportResult Result { get; }

    public string ModelFolder { get; }

    public IReadOnlyList<Diagnostic> Findings => Result.Diagnostics;

    public string ConnectorYaml => Encoding.UTF8.GetString(Result.Files.Single(f => f.RelativePath == "connector.yaml").Content);

    public static ImportedModel Of(string source) => new(source, SourceImporter.Import(source));

    /// <summary>Writes a document of a test into a temporary folder under the given name and imports it.</summary>
    public static ImportedModel OfText(string name, string text)
    {
        var folder = new TemporaryFolder();
        var model = Of(folder.Write(name, text));
        model._owned = folder;
        return model;
    }

    private TemporaryFolder? _owned;

    /// <summary>What generate gives for the written model (load, check, expand, validate, emit).</summary>
    public GenerationResult Generate() => GenerationPipeline.Default.Run(ModelFolder);

    /// <summary>What validate reports for the written model.</summary>
    public IReadOnlyList<Diagnostic> Validate(bool certification = false) =>
        ConnectorValidation.Run(ModelFolder, new ValidationOptions { Certification = certification });

    /// <summary>The finding of a code whose message holds the text; fails the test when there is none.</summary>
    public Diagnostic Finding(DiagnosticDescriptor code, string text) =>
        Assert.Single(Findings, d => d.Descriptor == code && d.Message.Contains(text, StringComparison.Ordinal));

    public void Dispose()
    {
        _folder.Dispose();
        _owned?.Dispose();
    }
}
