using ConnectorKit.Generation;
using ConnectorKit.Loading;

namespace ConnectorKit.Tests.Robustness.Fuzzing;

/// <summary>
/// Mangled models (see <see cref="FolderFuzz"/>): the loader, generate (which writes into its output folder),
/// validate, diff and the client generator take them without an exception, a hang or a file touched outside the output
/// folder, and every error they report is positioned.
/// </summary>
public sealed class ModelFuzzTests
{
    private static readonly FolderFuzz Fuzz = FolderFuzz.Models;

    [Fact]
    public void The_loader_reports_every_problem_of_a_mangled_model_at_a_position() =>
        FuzzBudget.Check(Fuzz.Cases, folderCase =>
        {
            using var workspace = Fuzz.Materialize(folderCase);
            var result = ModelLoader.Load(workspace.Input);
            FuzzAssert.EveryErrorPositioned(result.Diagnostics);
            Assert.True(result.Model is not null || result.HasErrors, "No model came back, and no error says why.");
            workspace.AssertNothingChangedOutsideOutput();
            return result.HasErrors ? "errors" : "loaded";
        }, ciIterations: 300, c => c.ToString());

    [Fact]
    public void Generate_writes_a_mangled_model_only_into_its_output_folder() =>
        FuzzBudget.Check(Fuzz.Cases, folderCase =>
        {
            using var workspace = Fuzz.Materialize(folderCase);
            var result = GenerationPipeline.Default.Run(workspace.Input);
            FuzzAssert.EveryErrorPositioned(result.Diagnostics);
            var outcome = "model errors";
            if (result.Succeeded)
            {
                outcome = FuzzedTools.Write(workspace.Output, result.Files, result.Owned).Succeeded ? "written" : "write refused";
            }
            else
            {
                Assert.Empty(result.Files);
            }

            workspace.AssertNothingChangedOutsideOutput();
            return outcome;
        }, ciIterations: 100, c => c.ToString());

    [Fact]
    public void Validate_diff_and_client_take_any_mangled_model() =>
        FuzzBudget.Check(Fuzz.Cases, folderCase => FuzzedTools.ReadValidateDiffAndClient(Fuzz, folderCase), ciIterations: 100, c => c.ToString());
}
