using System.Text.Json.Nodes;
using ConnectorKit.Policies;

namespace ConnectorKit.Tests.Import;

/// <summary>Every template id of the catalogue is imported as a typed policy, with its id spelled as written.</summary>
public sealed class PolicyImportTests
{
    public static TheoryData<string> TemplateIds() => [.. PolicyTemplateCatalogue.All.Select(t => t.Id)];

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Each_template_id_is_imported_as_a_policy_with_short_parameter_names(string templateId)
    {
        var template = PolicyTemplateCatalogue.Find(templateId)!;
        var parameters = new JsonObject { ["x-ms-apimTemplate-operationName"] = new JsonArray("Echo") };
        foreach (var parameter in template.Parameters)
        {
            parameters[PolicyTemplateCatalogue.ParameterPrefix + parameter.Name] = parameter.AllowedValues.FirstOrDefault() ?? "value-of-" + parameter.Name;
        }

        var yaml = ImportPolicy(templateId, parameters);

        Assert.Contains($"- template: {templateId}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  operations: [Echo]\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain(PolicyTemplateCatalogue.ParameterPrefix, yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("propertiesExtensions", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mis_cased_template_id_keeps_its_spelling_and_the_policy_section_becomes_section()
    {
        var parameters = new JsonObject
        {
            ["x-ms-apimTemplateParameter.name"] = "X-Version",
            ["x-ms-apimTemplateParameter.value"] = "2",
            ["x-ms-apimTemplate-policySection"] = "Request",
        };

        var yaml = ImportPolicy("SetHeader", parameters);

        Assert.Contains("- template: SetHeader\n  title: A policy\n  section: Request\n  parameters:\n    name: X-Version\n    value: \"2\"\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("checks:", yaml, StringComparison.Ordinal);
    }

    private static string ImportPolicy(string templateId, JsonObject parameters)
    {
        var properties = new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["connectionParameters"] = new JsonObject(),
                ["capabilities"] = new JsonArray(),
                ["policyTemplateInstances"] = new JsonArray(new JsonObject { ["templateId"] = templateId, ["title"] = "A policy", ["parameters"] = parameters }),
            },
        };
        const string paths = """
            { "/echo": { "post": { "summary": "Echo", "description": "Echoes.", "operationId": "Echo", "responses": { "200": { "description": "OK" } } } } }
            """;
        using var folder = new ConnectorFolder("Policy", Samples.Swagger(paths), properties.ToJsonString());
        return folder.ImportExactly();
    }
}
