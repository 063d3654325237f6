using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Hints;
using ConnectorKit.Loading;
using ConnectorKit.Model;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Validation;

namespace ConnectorKit.Tests.Hints;

public class ModelTermsTests
{
    private static readonly AuthorTerms Model = AuthorTerms.Model(new ModelKeyPositions());

    private const string Connector = """
        connector:
          title: Contoso Items
          description: Reads the items of a Contoso account, one at a time.
          version: "1.0"
          host: api.contoso.com
          contact: { name: Contoso, email: support@contoso.com }
          website: https://www.contoso.com
          privacyPolicy: https://www.contoso.com/privacy
          categories: [Data, Gadgets]
          brandColor: "#ffffff"
          publisher: Contoso
          stackOwner: Contoso
        """;

    [Fact]
    public void Findings_about_a_key_of_the_connector_section_point_at_that_key()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("connector.yaml", Connector);

        var findings = ConnectorValidation.Run(folder.Path, new ValidationOptions { Certification = true });

        var category = Assert.Single(findings, d => d.Code == "InvalidConnectorCategory");
        var colour = Assert.Single(findings, d => d.Code == "CkCertBrandColor");
        Assert.Equal(new SourcePosition(file, 9, 3), category.Position);
        Assert.Equal(new SourcePosition(file, 10, 3), colour.Position);
        Assert.StartsWith("'brandColor' in 'connector' is '#ffffff'", colour.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_written_as_the_model_reads_them()
    {
        Assert.Equal("set 'brandColor: \"#0b556a\"' in 'connector'", Model.Word(KeyFix.Set("iconBrandColor", "#0b556a").InApiProperties()));
        Assert.Equal("set 'pageable: nextLink' (or '\"@odata.nextLink\"')", Model.Word(KeyFix.Set("x-ms-pageable/nextLinkName", "nextLink", "@odata.nextLink")));
        Assert.Equal("add 'summary: \"true\"'", Model.Word(KeyFix.Add("x-ms-summary", "true")));
        Assert.Equal("add 'summary: Item ID'", Model.Word(KeyFix.Add("x-ms-summary", "Item ID")));
    }

    [Fact]
    public void A_key_the_model_writes_as_a_flag_takes_the_flag()
    {
        Assert.Equal("add 'picker: { list: true }'", Model.Word(KeyFix.Add("x-ms-dynamic-list")));
        Assert.Equal("add 'x-ms-dynamic-list'", AuthorTerms.Swagger.Word(KeyFix.Add("x-ms-dynamic-list")));
    }

    [Fact]
    public void Settings_of_one_object_are_written_together()
    {
        (string, JsonNode?)[] annotation = [("x-ms-api-annotation/family", "GetItems"), ("x-ms-api-annotation/revision", 2)];

        Assert.Equal("\"x-ms-api-annotation\": { \"family\": \"GetItems\", \"revision\": 2 }", AuthorTerms.Swagger.Settings(DefinitionFileKind.ApiDefinition, annotation));
        Assert.Equal("'family: GetItems, revision: 2'", Model.Settings(DefinitionFileKind.ApiDefinition, annotation));
    }

    [Fact]
    public void Every_table_key_the_model_writes_under_a_section_is_a_key_the_loader_reads_there()
    {
        // A typo in the table would name a key no author can write; the loader's own key lists are the judge.
        var sectionKeys = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["connector"] = ConnectorInfoReader.Keys,
            ["auth"] = AuthReader.Keys,
            ["script"] = PolicyReader.ScriptKeys,
        };
        var placed = ModelKeyTable.Entries.Where(e => e.ModelKey.Section is not null).ToList();

        Assert.Contains(placed, e => e.Key == "info/termsOfService");
        Assert.All(placed, e => Assert.Contains(e.ModelKey.Segments[0], sectionKeys[e.ModelKey.Section!]));
    }

    [Fact]
    public void The_model_keys_of_connection_parameters_are_keys_the_loader_reads()
    {
        foreach (var key in new[] { "uiDefinition/constraints/tabIndex", "uiDefinition/constraints/hidden", "uiDefinition/constraints/allowedValues", "metadata/sourceType" })
        {
            Assert.Contains(ModelKeyTable.For(DefinitionFileKind.ApiProperties, key).Path, ConnectionParameterReader.Keys);
        }

        Assert.Contains(ModelKeyTable.For(DefinitionFileKind.ApiProperties, "metadata/allowSharing").Path, ConnectionParameterReader.SetKeys);
    }
}
