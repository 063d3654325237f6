using System.Text;
using ConnectorKit.Definition;
using ConnectorKit.Generation;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Schemas;

/// <summary>The flagship connector's files pass Microsoft's schemas, but for the known lags.</summary>
public sealed class ConnectorArtifactsSchemaTests
{
    public static TheoryData<string, ConnectorFileKind> ArtifactFiles => new()
    {
        { DefinitionFiles.ApiDefinition, ConnectorFileKind.ApiDefinition },
        { DefinitionFiles.ApiProperties, ConnectorFileKind.ApiProperties },
        { DefinitionFiles.Settings, ConnectorFileKind.Settings },
    };

    private static readonly Lazy<GenerationResult> Generated =
        new(() => GenerationPipeline.Default.Run(Path.Combine(RepositoryPaths.Root, "connector")));

    [Fact]
    public void ConnectorModelGeneratesWithoutFindings() =>
        Assert.Empty(Generated.Value.Diagnostics.Select(d => d.ToString()));

    [Theory]
    [MemberData(nameof(ArtifactFiles))]
    public async Task GeneratedArtifactPassesItsSchema(string fileName, ConnectorFileKind kind)
    {
        SchemaOracle.RequireSchemas();
        var file = Assert.Single(Generated.Value.Files, f => f.RelativePath == fileName);

        var findings = await SchemaOracle.ValidateAsync(kind, Encoding.UTF8.GetString(file.Content));

        Assert.Empty(findings.Select(f => f.ToString()));
    }

    [Theory]
    [MemberData(nameof(ArtifactFiles))]
    public async Task CommittedRootArtifactPassesItsSchema(string fileName, ConnectorFileKind kind)
    {
        SchemaOracle.RequireSchemas();
        var path = Path.Combine(RepositoryPaths.Root, fileName);
        Assert.True(File.Exists(path), $"{path} is missing: write it with `dotnet run --project generator/ConnectorKit.Cli -- generate`.");

        var findings = await SchemaOracle.ValidateAsync(kind, await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));

        Assert.Empty(findings.Select(f => f.ToString()));
    }
}
