using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Generation;
using ConnectorKit.Hints;
using ConnectorKit.Json;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Validation;

namespace ConnectorKit.Tests.Hints;

/// <summary>
/// Every fix a rule gives, fed as one mistake in a small model: the message names the model key and the finding sits at
/// its line (or, for a missing key, at the record where it belongs); the same mistake in the generated connector folder
/// is worded in Swagger keys. A rule that gives a new fix fails the first test until its mistake is added here.
/// </summary>
public class FixHintTests
{
    private const string MoreFile = "operations/more.yaml";

    private static readonly ValidationOptions Certification = new() { Certification = true };

    private static readonly IReadOnlyList<Mistake> Mistakes =
    [
        new("PathParameterMissingEncoding", FixAction.Add, "x-ms-url-encoding",
            Model(parameters: "- { name: id, in: path, type: string }"),
            "add 'urlEncoding: single' (or 'double')", "name: id", "add \"x-ms-url-encoding\": \"single\" (or \"double\")"),
        new("QueryParameterEncodingNotSupported", FixAction.Remove, "x-ms-url-encoding",
            Model(parameters: """
                - { name: id, in: path, type: string, urlEncoding: single }
                      - name: top
                        in: query
                        type: integer
                        urlEncoding: double
                """),
            "remove 'urlEncoding'", "urlEncoding: double", "remove 'x-ms-url-encoding'"),
        new("CkVisibilityEmpty", FixAction.Remove, "x-ms-visibility",
            Model(parameters: """
                - { name: id, in: path, type: string, urlEncoding: single }
                      - name: body
                        in: body
                        schema:
                          type: object
                          properties:
                            note:
                              type: string
                              extensions:
                                x-ms-visibility: ""
                """, method: "post"),
            "remove 'visibility'", "x-ms-visibility: \"\"", "remove 'x-ms-visibility'"),
        new("PropertyMustBeRequired", FixAction.Set, "required",
            Model(parameters: """
                - { name: id, in: path, type: string, urlEncoding: single }
                      - name: mode
                        in: query
                        type: string
                        visibility: internal
                        default: fast
                        required: false
                """),
            "set 'required: true'", "required: false", "set \"required\": true"),
        new("ConsumesMissing", FixAction.Add, "consumes",
            Model(parameters: """
                - { name: id, in: path, type: string, urlEncoding: single }
                      - { name: note, in: formData, type: string }
                """, method: "post", connectorKey: "consumes: null"),
            "add 'consumes: [multipart/form-data]' (or '[application/x-www-form-urlencoded]')", "GetItem:",
            "add \"consumes\": [\"multipart/form-data\"] (or [\"application/x-www-form-urlencoded\"])"),
        new("OperationRevisionEmpty", FixAction.Add, "x-ms-api-annotation/revision",
            Model(operation: "family: GetItem"),
            "add 'revision'", "GetItem:", "add 'revision' in 'x-ms-api-annotation'"),
        new("OperationFamilyHasManyEmptyRevisions", FixAction.Add, "x-ms-api-annotation/revision",
            Model(operation: "family: GetItem"),
            "add 'revision'", "GetItemAgain:", "add 'revision' in 'x-ms-api-annotation'", SecondAction("GetItemAgain", "family: GetItem")),
        new("ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations", FixAction.Set, "deprecated",
            Model(operation: "extensions: { x-ms-api-annotation: { replacement: { api: other, operationId: GetItemV2 } } }"),
            "set 'deprecated: true'", "GetItem:", "set \"deprecated\": true"),
        new("InvalidNextLinkNameValue", FixAction.Set, "x-ms-pageable/nextLinkName",
            Model(operation: "pageable: next"),
            "set 'pageable: nextLink' (or '\"@odata.nextLink\"')", "pageable: next", "set \"x-ms-pageable\": { \"nextLinkName\": \"nextLink\" } (or \"@odata.nextLink\")"),
        new("NotificationUrlNotInternal", FixAction.Set, "x-ms-visibility",
            Model(),
            "set 'visibility: internal'", "visibility: important", "set \"x-ms-visibility\": \"internal\"", WebhookTrigger("callback: { visibility: important }")),
        new("NotificationUrlNotString", FixAction.Set, "type",
            Model(),
            "set 'type: string'", "type: integer", "set \"type\": \"string\"", WebhookTrigger("bodySchema: Registration") + Registration("integer")),
        new("ConnectorMetadataPropertiesMissing", FixAction.Add, "x-ms-connector-metadata/Website",
            Model(without: "website"),
            "add 'website' in 'connector'", "connector:", "add '{ \"propertyName\": \"Website\", \"propertyValue\": ... }' in 'x-ms-connector-metadata'"),
        new("ConnectorMetadataPropertiesMissing", FixAction.Add, "x-ms-connector-metadata/Privacy policy",
            Model(without: "privacyPolicy"),
            "add 'privacyPolicy' in 'connector'", "connector:", "add '{ \"propertyName\": \"Privacy policy\", \"propertyValue\": ... }' in 'x-ms-connector-metadata'"),
        new("ConnectorMetadataPropertiesMissing", FixAction.Add, "x-ms-connector-metadata/Categories",
            Model(without: "categories"),
            "add 'categories' in 'connector'", "connector:", "add '{ \"propertyName\": \"Categories\", \"propertyValue\": ... }' in 'x-ms-connector-metadata'"),
        new("CkCertContactMissing", FixAction.Add, "info/contact",
            Model(without: "contact"),
            "add 'contact' in 'connector'", "connector:", "add 'contact' in 'info'"),
        new("CkCertContactMissing", FixAction.Add, "info/contact/name",
            Model(without: "contact") + "\n  contact: { email: support@contoso.com }",
            "add 'name' in 'contact'", "contact:", "add 'name' in 'contact'"),
        new("CkCertContactMissing", FixAction.Add, "info/contact/email",
            Model(without: "contact") + "\n  contact: { name: Contoso }",
            "add 'email' in 'contact'", "contact:", "add 'email' in 'contact'"),
        new("CkCertPublisherMissing", FixAction.Add, "publisher",
            Model(without: "publisher"),
            "add 'publisher' in 'connector'", "connector:", "add 'publisher'"),
        new("CkCertPublisherMissing", FixAction.Add, "stackOwner",
            Model(without: "stackOwner"),
            "add 'stackOwner' in 'connector'", "connector:", "add 'stackOwner'"),
        new("CkConnectionParameterLabel", FixAction.Add, "uiDefinition/displayName",
            Model() + ConnectionParameter("description: The region of the Contoso account."),
            "add 'displayName'", "region:", "add 'displayName' in 'uiDefinition'"),
        new("CkConnectionParameterLabel", FixAction.Add, "uiDefinition/description",
            Model() + ConnectionParameter("displayName: Region"),
            "add 'description'", "region:", "add 'description' in 'uiDefinition'"),
        new("CkSecretLiteral", FixAction.Remove, "oAuthSettings/clientSecret",
            Model() + """

                auth:
                  type: oauth2
                  identityProvider: aad
                  authorizationUrl: https://login.microsoftonline.com/common/oauth2/authorize
                  tokenUrl: https://login.microsoftonline.com/common/oauth2/token
                  scopes: [Items.Read]
                  clientId: "[[client-id]]"
                  clientSecret: Qm9sZC1zZWNyZXQtdmFsdWU
                """,
            "remove 'clientSecret' in 'auth'", "clientSecret:", "remove 'clientSecret' in 'oAuthSettings'"),
        new("CkCertBrandColor", FixAction.Add, "iconBrandColor",
            Model(without: "brandColor"),
            "add 'brandColor' in 'connector'", "connector:", "add 'iconBrandColor'"),
    ];

    public static TheoryData<int> MistakeIndexes => [.. Enumerable.Range(0, Mistakes.Count)];

    [Fact]
    public void Every_fix_a_rule_gives_has_a_mistake_here()
    {
        var given = RuleCatalogue.Rules.SelectMany(rule => rule.Fixes.Select(fix => Identity(rule.Descriptor.Code, fix.Action, fix.Key))).Order(StringComparer.Ordinal);
        var fed = Mistakes.Select(m => Identity(m.Code, m.Action, m.Key)).Order(StringComparer.Ordinal);

        Assert.Equal(given, fed);
    }

    [Fact]
    public void The_model_of_the_tests_has_no_finding_of_its_own()
    {
        using var folder = new TemporaryFolder();
        folder.Write("connector.yaml", Model() + ConnectionParameter("displayName: Region\n    description: The region of the Contoso account."));
        folder.Write(MoreFile, WebhookTrigger("callback: { summary: Callback URL }"));
        folder.Write("operations/registration.yaml", WebhookTrigger("bodySchema: Registration").Replace("OnItemCreated", "OnItemChanged", StringComparison.Ordinal)
            .Replace("path: /hooks\n", "path: /hooks/changes\n", StringComparison.Ordinal).Replace("DeleteHook:", "DeleteChangeHook:", StringComparison.Ordinal)
            .Replace("unsubscribe: DeleteHook", "unsubscribe: DeleteChangeHook", StringComparison.Ordinal).Replace("/hooks/{hookId}", "/hooks/changes/{hookId}", StringComparison.Ordinal)
            + Registration("string"));
        folder.Write("operations/again.yaml", SecondAction("GetItemAgain", "revision: 1"));

        Assert.Empty(ConnectorValidation.Run(folder.Path, Certification));
    }

    [Theory]
    [MemberData(nameof(MistakeIndexes))]
    public void A_fix_for_a_model_names_the_model_key_at_its_line(int index)
    {
        var mistake = Mistakes[index];
        using var folder = new TemporaryFolder();
        var file = folder.Write("connector.yaml", mistake.Yaml);
        var more = mistake.More is null ? null : folder.Write(MoreFile, mistake.More);

        var finding = FindingOf(ConnectorValidation.Run(folder.Path, Certification), mistake, mistake.ModelWords);

        var (expectedFile, text) = mistake.More is { } moreText && moreText.Contains(mistake.AtLineWith, StringComparison.Ordinal) ? (more, moreText) : (file, mistake.Yaml);
        Assert.Equal(expectedFile, finding.Position.File);
        Assert.Equal(LineOf(text, mistake.AtLineWith), finding.Position.Line);
        if (!mistake.ModelWords.Contains(mistake.SwaggerWords, StringComparison.Ordinal))
        {
            Assert.DoesNotContain(mistake.SwaggerWords, finding.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(MistakeIndexes))]
    public void The_same_mistake_in_a_connector_folder_is_worded_in_swagger_keys(int index)
    {
        var mistake = Mistakes[index];
        using var model = new TemporaryFolder();
        model.Write("connector.yaml", mistake.Yaml);
        if (mistake.More is { } more)
        {
            model.Write(MoreFile, more);
        }
        var definition = GenerationPipeline.ToDefinition.Execute(model.Path).Definition!;
        using var connector = new TemporaryFolder();
        connector.Write(DefinitionFiles.ApiDefinition, CanonicalJsonWriter.ToText(definition.ApiDefinition));
        connector.Write(DefinitionFiles.ApiProperties, CanonicalJsonWriter.ToText(definition.ApiProperties));

        var finding = FindingOf(ConnectorValidation.Run(connector.Path, Certification), mistake, mistake.SwaggerWords);

        Assert.True(finding.Position.IsKnown, finding.ToString());
        Assert.StartsWith(connector.Path, finding.Position.File, StringComparison.Ordinal);
    }

    private static Diagnostic FindingOf(IReadOnlyList<Diagnostic> findings, Mistake mistake, string words)
    {
        var ofRule = findings.Where(d => d.Code == mistake.Code).ToList();
        Assert.True(ofRule.Count > 0, $"No {mistake.Code} finding; found: {string.Join("\n", findings)}");
        return Assert.Single(ofRule, d => d.Message.Contains(words, StringComparison.Ordinal));
    }

    private static string Identity(string code, FixAction action, string key) => $"{code} {action} {key}";

    private static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((line, index) => (line, index)).First(l => l.line.Contains(text, StringComparison.Ordinal)).index + 1;

    /// <summary>
    /// A model that passes every certification rule, but for the mistake given: a connector key left out, another
    /// parameter list, a method, or one more line in the action.
    /// </summary>
    private static string Model(
        string? without = null,
        string parameters = "- { name: id, in: path, type: string, urlEncoding: single }",
        string method = "get",
        string? operation = null,
        string? connectorKey = null)
    {
        string[] connector =
        [
            "  title: Contoso Items",
            "  description: Reads the items of a Contoso account, one at a time.",
            "  version: \"1.0\"",
            "  host: api.contoso.com",
            "  contact: { name: Contoso, email: support@contoso.com }",
            "  website: https://www.contoso.com",
            "  privacyPolicy: https://www.contoso.com/privacy",
            "  categories: [Data]",
            "  brandColor: \"#0b556a\"",
            "  publisher: Contoso",
            "  stackOwner: Contoso",
        ];
        var kept = connector.Where(line => without is null || !line.StartsWith($"  {without}:", StringComparison.Ordinal));
        return $$"""
            actions:
              GetItem:
                method: {{method}}
                path: /items/{id}
                summary: Get an item
                description: Gets one item by its id.
                {{operation ?? "visibility: important"}}
                parameters:
                  {{parameters}}
                responses:
                  "200": { description: The item. }
            """ + "\nconnector:\n" + string.Join('\n', connectorKey is null ? kept : kept.Append("  " + connectorKey));
    }

    private static string SecondAction(string id, string line) => $$"""
        actions:
          {{id}}:
            method: get
            path: /items/{id}/again
            summary: Get an item again
            description: Gets one item by its id again.
            {{line}}
            parameters:
              - { name: id, in: path, type: string, urlEncoding: single }
            responses:
              "200": { description: The item. }

        """;

    /// <summary>A webhook trigger with one more line under <c>webhook:</c>, and the action it unsubscribes with.</summary>
    private static string WebhookTrigger(string webhookLine) => $$"""
        triggers:
          OnItemCreated:
            summary: When an item is created
            description: Triggers a flow when an item is created.
            webhook:
              path: /hooks
              unsubscribe: DeleteHook
              {{webhookLine}}
            payload: { type: object, properties: { id: { type: string } } }
        actions:
          DeleteHook:
            method: delete
            path: /hooks/{hookId}
            summary: Delete a subscription
            description: Deletes a subscription to item events.
            visibility: internal
            parameters:
              - { name: hookId, in: path, type: string, required: true, urlEncoding: single }
            responses:
              "200": { description: The subscription was deleted. }

        """;

    /// <summary>A connection parameter with one label line (the connector section is the last of <see cref="Model"/>).</summary>
    private static string ConnectionParameter(string label) => $"""

        connectionParameters:
          region:
            type: string
            {label}
        """;

    /// <summary>A subscription body schema whose callback URL property has the given type.</summary>
    private static string Registration(string callbackType) => $$"""
        schemas:
          Registration:
            type: object
            required: [callbackUrl]
            properties:
              callbackUrl:
                type: {{callbackType}}
                notificationUrl: true
                visibility: internal

        """;

    /// <summary>
    /// One mistake: the rule and fix it triggers, the model (connector.yaml, and another file when it needs more
    /// sections), the words the message must use for a model and the text of the line it must point at, and the words
    /// it uses for the connector folder generated from the same model.
    /// </summary>
    private sealed record Mistake(
        string Code, FixAction Action, string Key, string Yaml, string ModelWords, string AtLineWith, string SwaggerWords, string? More = null);
}
