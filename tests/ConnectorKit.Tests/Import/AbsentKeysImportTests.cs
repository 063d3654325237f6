using ConnectorKit.Definition;
using ConnectorKit.Import;
using ConnectorKit.Json;

namespace ConnectorKit.Tests.Import;

/// <summary>
/// A key the original leaves out stays out: the generator writes <c>capabilities</c> and <c>host</c> by default, so the
/// imported model says <c>null</c> for them, and import + generate gives back a connector without them.
/// </summary>
public sealed class AbsentKeysImportTests
{
    private const string PropertiesWithoutCapabilities = """
        { "properties": { "connectionParameters": {}, "iconBrandColor": "#da3b01", "publisher": "Contoso", "stackOwner": "Contoso" } }
        """;

    private const string Paths = """
        { "/items": { "get": { "summary": "List items", "description": "Lists the items.", "operationId": "ListItems", "responses": { "200": { "description": "OK" } } } } }
        """;

    [Fact]
    public void An_apiProperties_without_capabilities_comes_back_without_them()
    {
        using var folder = new ConnectorFolder("NoCapabilities", Samples.Swagger(Paths), PropertiesWithoutCapabilities);

        var yaml = folder.ImportExactly();

        Assert.Contains("\n  capabilities: null\n", yaml, StringComparison.Ordinal);
        Assert.False(Regenerated(folder).Properties.Properties!.ContainsKey("capabilities"));
    }

    [Fact]
    public void Empty_capabilities_stay_an_empty_list()
    {
        using var folder = new ConnectorFolder("EmptyCapabilities", Samples.Swagger(Paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("capabilities", yaml, StringComparison.Ordinal);
        Assert.Equal("[]", Regenerated(folder).Properties.Properties.Child("capabilities")!.ToJsonString());
    }

    [Fact]
    public void A_swagger_without_host_comes_back_without_it()
    {
        var swagger = Samples.Swagger(Paths).Replace("  \"host\": \"api.contoso.com\",\n", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("\"host\"", swagger, StringComparison.Ordinal);
        using var folder = new ConnectorFolder("NoHost", swagger, Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("\n  host: null\n", yaml, StringComparison.Ordinal);
        Assert.False(Regenerated(folder).ApiDefinition.ContainsKey("host"));
    }

    /// <summary>What generating the imported model gives.</summary>
    private static ConnectorDefinition Regenerated(ConnectorFolder folder)
    {
        var read = ConnectorFolderReader.Read(folder.Path);
        var (files, _) = ConnectorImporter.ImportModel(read, folder.Path);
        return Regeneration.Run(folder.Path, files).Definition!;
    }
}
