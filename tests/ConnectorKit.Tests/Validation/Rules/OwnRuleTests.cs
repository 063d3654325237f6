using ConnectorKit.Definition;
using ConnectorKit.Tests.Validation.Rules.Icon;
using ConnectorKit.Validation;

namespace ConnectorKit.Tests.Validation.Rules;

/// <summary>
/// Each rule of ours (the Ck codes) against the sample connector: it passes as written, and one change to one file
/// makes exactly that rule report at the changed place.
/// </summary>
public class OwnRuleTests
{
    private const string Swagger = DefinitionFiles.ApiDefinition;
    private const string Properties = DefinitionFiles.ApiProperties;
    private const string Script = DefinitionFiles.Script;

    /// <summary>(code, file, text to replace, replacement, text whose position the finding has; null: the replacement).</summary>
    public static TheoryData<string, string, string, string, string?> Triggers { get; } = new()
    {
        { "CkCertDescriptionProductNames", Swagger, "keeps the to-do lists of a team in one place.", "brings the to-do lists of a team to Power Automate.", "\"description\": \"Contoso Tasks brings" },
        { "CkCertSummaryTooLong", Swagger, "\"summary\": \"Get a task\"", "\"summary\": \"Get a task with every one of its fields, comments, attachments, owners and the history of it\"", null },
        { "CkCertSummarySlash", Swagger, "\"summary\": \"Get a task\"", "\"summary\": \"Get a task/item\"", null },
        { "CkCertSummaryEnding", Swagger, "\"summary\": \"Get a task\"", "\"summary\": \"Get a task.\"", null },
        { "CkCertDescriptionPunctuation", Swagger, "\"description\": \"Gets one task by its id.\"", "\"description\": \"Gets one task by its id\"", null },
        { "CkCertOperationIdCase", Swagger, "\"operationId\": \"DeleteHook\"", "\"operationId\": \"delete_hook\"", null },
        { "CkCertContactMissing", Swagger, "\"contact\": { \"name\": \"Contoso\", \"url\": \"https://contoso.example.com\" }", "\"contact\": { \"name\": \"Contoso\" }", null },
        { "CkCertPublisherMissing", Properties, "\"publisher\": \"Contoso\"", "\"publisher\": \" \"", null },
        { "CkCertBrandColor", Properties, "\"iconBrandColor\": \"#da3b01\"", "\"iconBrandColor\": \"#007EE5\"", null },
        { "CkCertSwaggerTooLarge", Swagger, "\"description\": \"Deletes a subscription.\"", $"\"description\": \"{new string('x', 1_100_000)}.\"", "{" },
        { "CkPolicyMissingParameter", Properties, "\"x-ms-apimTemplateParameter.urlTemplate\"", "\"x-ms-apimTemplateParameter.url\"", "\"parameters\": { \"x-ms-apimTemplateParameter.url\"" },
        { "CkPolicyUnknownTemplate", Properties, "\"templateId\": \"setheader\"", "\"templateId\": \"setheadr\"", null },
        { "CkPolicyUnknownOperation", Properties, "\"x-ms-apimTemplate-operationName\": [\"GetTask\"]", "\"x-ms-apimTemplate-operationName\": [\"GetTask\", \"GetTasks\"]", "\"GetTasks\"" },
        { "CkConnectionParameterUnknown", Properties, "@connectionParameters('region')", "@connectionParameters('regoin')", "\"x-ms-apimTemplateParameter.urlTemplate\"" },
        { "CkOAuthSettingMissing", Properties, ", \"resourceUri\": { \"value\": \"https://contoso.example.com\" }", string.Empty, "\"customParameters\"" },
        { "CkSecretLiteral", Properties, "\"clientId\": \"[[client-id]]\",", "\"clientId\": \"[[client-id]]\", \"clientSecret\": \"Qm9sZC1zZWNyZXQtdmFsdWU\",", "\"clientSecret\"" },
        { "CkConnectionParameterShape", Properties, "\"type\": \"string\"", "\"type\": \"text\"", null },
        { "CkConnectionParameterLabel", Properties, "\"displayName\": \"Region\", ", string.Empty, "\"uiDefinition\"" },
        { "CkOAuthRedirectUrl", Properties, "\"redirectUrl\": \"https://global.consent.azure-apim.net/redirect\"", "\"redirectUrl\": \"https://contoso.example.com/callback\"", null },
        { "CkWebhookDeleteMissing", Swagger, "\"delete\": {", "\"patch\": {", "\"post\"" },
        { "CkWebhookSubscribeResponse", Swagger, "\"headers\": { \"Location\": { \"type\": \"string\" } }", "\"headers\": {}", "\"201\"" },
        { "CkScriptTooLarge", Script, "public class Script", $"// {new string('x', 1_100_000)}\npublic class Script", "//" },
        { "CkScriptClassMissing", Script, "public class Script : ScriptBase", "public class Script : Object", "Script : Object" },
        { "CkScriptCompileError", Script, "return response;", "return respons;", "respons;" },
        { "CkScriptNamespaceNotAllowed", Script, "public class Script", "using System.Reflection;\npublic class Script", "using System.Reflection;" },
        { "CkScriptQualifiedNamespace", Script, "var body =", "var culture = System.Globalization.CultureInfo.InvariantCulture;\n        var body =", "System.Globalization" },
        { "CkVisibilityEmpty", Swagger, "\"operationId\": \"GetTask\",", "\"operationId\": \"GetTask\", \"x-ms-visibility\": \"\",", "\"x-ms-visibility\": \"\"" },
        { "CkScriptOperationUnknown", Properties, "\"scriptOperations\": [\"GetTask\"]", "\"scriptOperations\": [\"GetTask\", \"GetTasks\"]", "\"GetTasks\"" },
    };

    public static TheoryData<string> OwnCodes { get; } = [.. RuleCatalogue.Rules.Select(r => r.Descriptor.Code).Where(c => c.StartsWith("Ck", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(OwnCodes))]
    public void The_sample_connector_passes_the_rule(string code)
    {
        using var folder = new ConnectorFolder();

        var findings = folder.Validate().Where(d => d.Code == code);

        Assert.Empty(findings);
    }

    [Theory]
    [MemberData(nameof(OwnCodes))]
    public void Every_rule_of_ours_has_a_triggering_case(string code) =>
        Assert.True(Triggers.Any(row => row.Data.Item1 == code) || IconRuleTests.TriggeredCodes.Contains(code), $"{code} has no triggering case.");

    [Theory]
    [MemberData(nameof(Triggers))]
    public void One_change_makes_the_rule_report_at_the_changed_place(string code, string file, string find, string replace, string? anchor)
    {
        var texts = new Dictionary<string, string> { [Swagger] = SampleConnector.Swagger, [Properties] = SampleConnector.ApiProperties, [Script] = SampleConnector.Script };
        Assert.Contains(find, texts[file], StringComparison.Ordinal);
        texts[file] = texts[file].Replace(find, replace, StringComparison.Ordinal);
        using var folder = new ConnectorFolder(texts[Swagger], texts[Properties], texts[Script]);

        var finding = Assert.Single(folder.Validate(), d => d.Code == code);

        Assert.Equal(folder.PositionOf(file, anchor ?? replace), finding.Position);
    }
}
