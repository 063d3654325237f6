using ConnectorKit.Import;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Import;

/// <summary>Importing the repository's own generated artifacts and generating again gives them back byte for byte.</summary>
public sealed class RootArtifactsImportTests
{
    [Fact]
    public void The_root_artifacts_come_back_byte_for_byte()
    {
        var import = ConnectorImporter.Import(RepositoryPaths.Root);
        Assert.True(import.Succeeded, string.Join("\n", import.Diagnostics));
        Assert.Empty(import.Diagnostics);

        var model = Directory.CreateTempSubdirectory("ck-root-import-").FullName;
        try
        {
            Assert.True(ConnectorKit.Writing.FileSetWriter.Default.Write(model, import.Files, []).Succeeded);
            var generation = ConnectorKit.Generation.GenerationPipeline.Default.Run(model);

            Assert.True(generation.Succeeded, string.Join("\n", generation.Diagnostics));
            foreach (var file in generation.Files)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, file.RelativePath)).AsSpan().SequenceEqual(file.Content), file.RelativePath);
            }

            Assert.Contains(generation.Files, f => f.RelativePath == "apiDefinition.swagger.json");
            Assert.Contains("webhook:", File.ReadAllText(Directory.GetFiles(Path.Combine(model, "operations")).Order(StringComparer.Ordinal).Last()), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(model, recursive: true);
        }
    }
}
