using System.Text.Json.Nodes;
using ConnectorKit.Environments;
using ConnectorKit.Generation;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.CustomerInsights;

/// <summary>The Customer Insights connector's test and production environments generate cleanly and say where to upload.</summary>
public class CustomerInsightsEnvironmentsTests
{
    private static readonly string ModelFolder = Path.Combine(RepositoryPaths.Root, "connector");

    [Fact]
    public void The_connector_has_a_test_and_a_production_environment()
    {
        Assert.Equal(["prod", "test"], EnvironmentCatalog.Names(ModelFolder));
    }

    [Theory]
    [InlineData("test", null, "Dynamics 365 Customer Insights (Test)")]
    [InlineData("prod", "shared_customerinsights-00000000000000000000000000000000", "Dynamics 365 Customer Insights")]
    public void Each_environment_generates_without_errors_and_names_its_environment_in_settings(string name, string? connectorId, string title)
    {
        var result = GenerationPipeline.Default.ForEnvironment(name).Run(ModelFolder);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var settings = JsonNode.Parse(result.Files.Single(f => f.RelativePath == "settings.json").Content)!;
        Assert.Equal("00000000-0000-0000-0000-000000000000", (string?)settings["environment"]);
        Assert.Equal(connectorId, (string?)settings["connectorId"]);
        var swagger = JsonNode.Parse(result.Files.Single(f => f.RelativePath == "apiDefinition.swagger.json").Content)!;
        Assert.Equal(title, (string?)swagger["info"]!["title"]);
    }
}
