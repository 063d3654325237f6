using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;
using ConnectorKit.Runtime.Policies;
using ConnectorKit.Runtime.Tests.TestSupport;

namespace ConnectorKit.Runtime.Tests.Policies;

public sealed class PolicyLoaderTests
{
    [Fact]
    public void Every_template_id_of_the_toolkit_catalogue_runs_in_the_runtime()
    {
        var runnable = RuntimePolicyCatalogue.All.Select(e => e.Id).Order(StringComparer.Ordinal);
        var known = ConnectorKit.Policies.PolicyTemplateCatalogue.All.Select(t => t.Id).Order(StringComparer.Ordinal);

        Assert.Equal(known, runnable);
    }

    [Fact]
    public void An_unknown_template_is_an_error_at_its_template_id_and_ids_match_without_case()
    {
        var (unknown, diagnostics) = PolicyHarness.TryBuild("setcookie", PolicyHarness.With(("name", "a")));
        var (mixedCase, _) = PolicyHarness.TryBuild("SetHeader", PolicyHarness.With(("name", "a"), ("value", "b")));

        Assert.Null(unknown);
        Assert.Contains(diagnostics, d => d.Code == "CK7001" && d.Message.Contains("setcookie", StringComparison.Ordinal));
        Assert.Equal("setheader", mixedCase!.Definition.TemplateId);
    }

    [Fact]
    public void Operations_limit_a_policy_and_the_connection_parameters_its_expressions_name_are_listed()
    {
        var properties = new ApiPropertiesDocument(new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["policyTemplateInstances"] = new JsonArray(
                    TestConnector.Policy("setheader", PolicyHarness.With(("name", "A"), ("value", "@connectionParameters('key')"),
                        ("x-ms-apimTemplate-operationName", new JsonArray("ListItems"))))),
            },
        });
        var policies = PolicyLoader.Load(properties, JsonPositionIndex.Empty("apiProperties.json"), []);

        Assert.True(policies[0].Definition.AppliesTo("ListItems"));
        Assert.False(policies[0].Definition.AppliesTo("GetItem"));
        Assert.Equal(["key"], PolicyLoader.ConnectionParametersUsed(properties));
    }
}
