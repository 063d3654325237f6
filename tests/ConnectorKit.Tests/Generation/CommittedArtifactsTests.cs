using System.Text;
using ConnectorKit.Generation;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Generation;

/// <summary>The artifacts committed at the repository root are exactly what the committed model generates.</summary>
public class CommittedArtifactsTests
{
    [Fact]
    public void Root_artifacts_equal_a_fresh_generation_of_connector()
    {
        var result = GenerationPipeline.Default.Run(Path.Combine(RepositoryPaths.Root, "connector"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        foreach (var file in result.Files)
        {
            var committed = Path.Combine(RepositoryPaths.Root, file.RelativePath);
            Assert.True(File.Exists(committed), $"{file.RelativePath} is generated but not committed; run the README's generate command.");
            Assert.True(
                File.ReadAllBytes(committed).AsSpan().SequenceEqual(file.Content),
                $"{file.RelativePath} differs from what connector/ generates; run the README's generate command. First difference: "
                + FirstDifferentLine(File.ReadAllText(committed), Encoding.UTF8.GetString(file.Content)));
        }
    }

    [Fact]
    public void Generation_is_deterministic_across_runs()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "connector");
        var first = GenerationPipeline.Default.Run(folder).Files;
        var second = GenerationPipeline.Default.Run(folder).Files;

        Assert.Equal(first.Select(f => f.RelativePath), second.Select(f => f.RelativePath));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    private static string FirstDifferentLine(string committed, string generated)
    {
        var left = committed.Split('\n');
        var right = generated.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var a = i < left.Length ? left[i] : "<end of file>";
            var b = i < right.Length ? right[i] : "<end of file>";
            if (a != b)
            {
                return $"line {i + 1}: committed '{a}', generated '{b}'";
            }
        }

        return "none (line endings or encoding)";
    }
}
