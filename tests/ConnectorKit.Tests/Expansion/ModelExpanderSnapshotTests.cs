using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Tests.Snapshots;

namespace ConnectorKit.Tests.Expansion;

/// <summary>Each small model under Models/ expands to the verified swagger and apiProperties beside this file.</summary>
public sealed class ModelExpanderSnapshotTests
{
    [Theory]
    [InlineData("Minimal")]
    [InlineData("ApiKeyAuth")]
    [InlineData("OAuth2Aad")]
    [InlineData("BasicAuth")]
    [InlineData("MultiAuth")]
    [InlineData("Actions")]
    [InlineData("WebhookTrigger")]
    [InlineData("WebhookBodies")]
    [InlineData("PollingTrigger")]
    [InlineData("Policies")]
    [InlineData("Script")]
    [InlineData("Extensions")]
    public void Model_expands_to_the_verified_definition(string name)
    {
        var result = ModelExpander.Expand(ExpansionModels.Load(name));

        Assert.Empty(result.Diagnostics);
        SnapshotAssert.Matches(CanonicalJsonWriter.ToText(result.Definition.ApiDefinition), name + ".apiDefinition");
        SnapshotAssert.Matches(CanonicalJsonWriter.ToText(result.Definition.ApiProperties), name + ".apiProperties");
    }
}
