using ConnectorKit.Diagnostics;
using ConnectorKit.Loading;
using ConnectorKit.Model.Schema;
using ConnectorKit.Tests.TestSupport;
using NJsonSchema.Validation;

namespace ConnectorKit.Tests.Model.Schema;

public sealed class ConnectorModelSchemaTests
{
    private const string Connector = """
        connector:
          title: Contoso
          description: Contoso's API.
          version: "1.0"
          host: api.contoso.com

        """;

    private const string ValidAction = """
        actions:
          ListItems:
            method: get
            path: /items
            summary: List items
            description: Lists the items.

        """;

    /// <summary>
    /// Every YAML model of the repository: the connector (not its environments, which are not model files), the
    /// expansion test models and the import snapshots.
    /// </summary>
    public static TheoryData<string> RepositoryModelFiles() => [.. ModelFilePaths()];

    private static IEnumerable<string> ModelFilePaths()
    {
        var root = RepositoryPaths.Root;
        var environments = Path.Combine(root, "connector", ConnectorKit.Environments.EnvironmentCatalog.FolderName) + Path.DirectorySeparatorChar;
        return Directory.GetFiles(Path.Combine(root, "connector"), "*.yaml", SearchOption.AllDirectories)
            .Where(path => !path.StartsWith(environments, StringComparison.Ordinal))
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "ConnectorKit.Tests", "Expansion", "Models"), "*.yaml", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "ConnectorKit.Tests", "Import"), "*.verified.yaml"))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RepositoryModelFiles))]
    public async Task Every_model_file_of_the_repository_is_valid(string relativePath)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, relativePath), TestContext.Current.CancellationToken);

        var errors = await ModelSchemaValidator.ValidateAsync(text, relativePath);

        Assert.True(errors.Count == 0, $"{relativePath}:\n{ModelSchemaValidator.Describe(errors)}");
    }

    [Fact]
    public void The_repository_has_model_files_of_every_kind()
    {
        var files = ModelFilePaths().ToList();

        Assert.Contains("connector/connector.yaml", files);
        Assert.Contains(files, f => f.StartsWith("tests/ConnectorKit.Tests/Expansion/Models/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".verified.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_base_model_of_the_rejection_tests_is_valid()
    {
        Assert.Empty(await ModelSchemaValidator.ValidateAsync(Connector + ValidAction));
        Assert.DoesNotContain(ModelLoader.Load("model", [new ModelSourceFile("connector.yaml", Connector + ValidAction)]).Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public async Task A_misspelled_key_is_rejected_like_the_loader_does()
    {
        var yaml = Connector + ValidAction + "    sumary: List items\n";

        var errors = await ModelSchemaValidator.ValidateAsync(yaml);

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && e.Property == "sumary");
        Assert.Contains(DiagnosticCodes.UnknownKey.Code, LoaderCodes(yaml));
    }

    [Fact]
    public async Task A_misspelled_section_is_rejected_like_the_loader_does()
    {
        var yaml = Connector + "action:\n  ListItems: {}\n";

        var errors = await ModelSchemaValidator.ValidateAsync(yaml);

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && e.Property == "action");
        Assert.Contains(DiagnosticCodes.UnknownKey.Code, LoaderCodes(yaml));
    }

    [Theory]
    [InlineData("method: get", "method: fetch", "method")]
    [InlineData("path: /items", "path: /items\n    visibility: hidden", "visibility")]
    public async Task A_wrong_enumerated_value_is_rejected_like_the_loader_does(string original, string replacement, string key)
    {
        var yaml = (Connector + ValidAction).Replace(original, replacement, StringComparison.Ordinal);

        var errors = await ModelSchemaValidator.ValidateAsync(yaml);

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.NotInEnumeration && e.Property == key);
        Assert.Contains(DiagnosticCodes.InvalidValue.Code, LoaderCodes(yaml));
    }

    [Fact]
    public async Task A_missing_required_key_is_rejected_like_the_loader_does()
    {
        var yaml = Connector.Replace("  host: api.contoso.com\n", string.Empty, StringComparison.Ordinal);

        var errors = await ModelSchemaValidator.ValidateAsync(yaml);

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.PropertyRequired && e.Property == "host");
        Assert.Contains(DiagnosticCodes.MissingKey.Code, LoaderCodes(yaml));
    }

    [Fact]
    public async Task Raw_values_take_any_keys_like_the_loader_does()
    {
        var yaml = Connector + ValidAction + """
                extensions: { x-ms-anything: { nested: [1, true] } }
                responses: { "200": { description: OK, schema: { $ref: Item, extensions: { x-custom: yes } } } }
            schemas:
              Item: { type: object, summary: An item, extensions: { x-ms-summary-alias: An item, anyKey: 1 } }
            extensions: { x-root: 1 }

            """;

        Assert.Empty(await ModelSchemaValidator.ValidateAsync(yaml));
        Assert.DoesNotContain(DiagnosticCodes.UnknownKey.Code, LoaderCodes(yaml));
    }

    [Theory]
    [InlineData("Item: { type: object, x-ms-summary: An item }", "x-ms-summary")]
    [InlineData("Item: { type: object, properties: { id: { type: string, x-ms-visibility: internal } } }", "x-ms-visibility")]
    public async Task A_swagger_name_in_a_schema_is_rejected_like_the_loader_does(string schema, string key)
    {
        var yaml = Connector + ValidAction + "schemas:\n  " + schema + "\n";

        var errors = await ModelSchemaValidator.ValidateAsync(yaml);

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && e.Property == key);
        Assert.Contains(DiagnosticCodes.UnknownKey.Code, LoaderCodes(yaml));
    }

    [Theory]
    [InlineData("id: uuid | Item ID | The ID of the item.")]
    [InlineData("state: enum(open, closed) | State")]
    [InlineData("count: int64")]
    public async Task A_one_line_property_is_accepted_like_the_loader_does(string property)
    {
        var yaml = Connector + ValidAction + "schemas:\n  Item:\n    type: object\n    properties:\n      " + property + "\n";

        Assert.Empty(await ModelSchemaValidator.ValidateAsync(yaml));
        Assert.DoesNotContain(ModelLoader.Load("model", [new ModelSourceFile("connector.yaml", yaml)]).Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public async Task An_inline_parameter_needs_a_name_but_a_reusable_one_does_not()
    {
        var yaml = Connector + ValidAction + """
                parameters: [top, { in: query, type: integer }]
            parameters:
              top: { in: query, type: integer }

            """;

        var errors = await ModelSchemaValidator.ValidateAsync(yaml);

        Assert.Equal(["#/actions.ListItems.parameters[1].name"], errors.Where(e => e.Kind == ValidationErrorKind.PropertyRequired).Select(e => e.Path).Distinct());
        Assert.Contains(DiagnosticCodes.MissingKey.Code, LoaderCodes(yaml));
    }

    [Fact]
    public async Task A_trigger_is_webhook_or_polling_but_not_both()
    {
        const string Trigger = """
            triggers:
              OnItem:
                summary: When an item is added
                description: Fires for new items.
                polling: { path: /items/new }

            """;

        Assert.Empty(await ModelSchemaValidator.ValidateAsync(Connector + Trigger));
        Assert.NotEmpty(await ModelSchemaValidator.ValidateAsync(Connector + Trigger.Replace("    polling: { path: /items/new }\n", string.Empty, StringComparison.Ordinal)));
        Assert.NotEmpty(await ModelSchemaValidator.ValidateAsync(Connector + Trigger + "    webhook: { path: /hooks }\n"));
    }

    [Fact]
    public void The_text_is_the_embedded_schema_with_lf_line_endings()
    {
        var file = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "generator", "ConnectorKit", "Model", "Schema", "connector-model.schema.json"));

        Assert.Equal(file.ReplaceLineEndings("\n"), ConnectorModelSchema.Text);
        Assert.DoesNotContain('\r', ConnectorModelSchema.Text);
    }

    private static IReadOnlyList<string> LoaderCodes(string yaml) =>
        [.. ModelLoader.Load("model", [new ModelSourceFile("connector.yaml", yaml)]).Diagnostics.Select(d => d.Code)];
}
