using ConnectorKit.Diagnostics;
using ConnectorKit.Generation;
using ConnectorKit.Import;

namespace ConnectorKit.Tests.Robustness.Fuzzing;

/// <summary>
/// Mangled connector folders (see <see cref="FolderFuzz"/>): reading, validate, diff, the client generator and
/// import with its regeneration take them without an exception, a hang or a file touched outside the output folder, and
/// every error they report is positioned.
/// </summary>
public sealed class ConnectorFuzzTests
{
    private static readonly FolderFuzz Fuzz = FolderFuzz.Connectors;

    [Fact]
    public void Validate_diff_and_client_take_any_mangled_connector() =>
        FuzzBudget.Check(Fuzz.Cases, folderCase => FuzzedTools.ReadValidateDiffAndClient(Fuzz, folderCase), ciIterations: 150, c => c.ToString());

    [Fact]
    public void Import_and_its_regeneration_take_any_mangled_connector() =>
        FuzzBudget.Check(Fuzz.Cases, folderCase =>
        {
            using var workspace = Fuzz.Materialize(folderCase);
            var import = ConnectorImporter.Import(workspace.Input);
            FuzzAssert.EveryErrorPositioned(import.Diagnostics);
            var outcome = "not imported";
            if (import.Succeeded)
            {
                outcome = "model refused";
                if (FuzzedTools.Write(workspace.Output, import.Files, []).Succeeded)
                {
                    var regenerated = GenerationPipeline.Default.Run(workspace.Output);
                    FuzzAssert.EveryErrorPositioned(regenerated.Diagnostics);

                    // What import writes into a clean folder, generate takes: that is the import's promise.
                    Assert.True(regenerated.Succeeded || folderCase.OutputTraps.Length > 0,
                        "The imported model does not generate: " + string.Join("; ", regenerated.Diagnostics.Where(d => d.Severity == Severity.Error)));
                    outcome = !regenerated.Succeeded
                        ? "does not regenerate: " + regenerated.Diagnostics.First(d => d.Severity == Severity.Error).Code
                        : FuzzedTools.Write(Path.Combine(workspace.Output, "regenerated"), regenerated.Files, regenerated.Owned).Succeeded ? "regenerated" : "regeneration refused";
                }
            }
            else
            {
                Assert.True(import.Files.Count == 0 || import.Diagnostics.Any(d => d.Severity == Severity.Error), "The import failed and no error says why.");
            }

            workspace.AssertNothingChangedOutsideOutput();
            return outcome;
        }, ciIterations: 60, c => c.ToString());
}
