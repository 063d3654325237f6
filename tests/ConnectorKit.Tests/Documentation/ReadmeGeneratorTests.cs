using ConnectorKit.Diagnostics;
using ConnectorKit.Documentation;
using ConnectorKit.Generation;
using ConnectorKit.Tests.Snapshots;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Documentation;

public sealed class ReadmeGeneratorTests : IDisposable
{
    private const string Model = """
        connector:
          title: Contoso Orders
          description: Read and create the orders of a Contoso shop | from a flow or an app.
          version: "1.0"
          host: api.contoso.com
          publisher: Contoso
          stackOwner: Contoso
          website: https://contoso.com
          categories: [Commerce, Sales and CRM]
        auth:
          type: apiKey
          keyName: X-Api-Key
          in: header
          displayName: API key
          description: The key of your Contoso account.
        actions:
          GetOrder:
            method: get
            path: /orders/{id}
            summary: Get an order
            description: Gets one order by its id.
            parameters:
              - { name: id, in: path, type: string, urlEncoding: single, summary: Order ID, description: The id | number of the order. }
            responses:
              "200": { description: The order., schema: { $ref: Order } }
          DeleteHook:
            method: delete
            path: /hooks/{hookId}
            summary: Delete a hook
            description: Deletes a subscription.
            visibility: internal
            parameters:
              - { name: hookId, in: path, type: string, urlEncoding: single, summary: Hook ID, description: The hook. }
            responses:
              "200": { description: Deleted. }
        triggers:
          OnOrderCreated:
            summary: When an order is created
            description: Starts a flow when an order is created.
            webhook:
              path: /hooks
              unsubscribe: DeleteHook
            filters:
              minimum: { type: number, summary: Minimum total, description: Only orders of at least this total. }
            payload: { $ref: Order }
        schemas:
          Order:
            type: object
            description: An order.
            required: [id]
            properties:
              id: string | Order ID | The id of the order.
              total: double | Total | What the order costs.
              customer:
                type: object
                properties:
                  name: string | Customer name | Who ordered.
        docs:
          output: readme.md
          prerequisites: A Contoso account.
          credentials: |
            Create a key under **Settings**, **API keys**.
          knownIssues: None known.
        """;

    private readonly TemporaryFolder _folder = new();

    public ReadmeGeneratorTests() => _folder.Write("connector.yaml", Model);

    [Fact]
    public void The_readme_has_every_section_certification_asks_for()
    {
        var result = GenerationPipeline.Default.Run(_folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.ReadmeSectionMissing.Code);
        var readme = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == "readme.md").Content);
        SnapshotAssert.Matches(readme, "contoso-readme", "md");
        Assert.DoesNotContain("Delete a hook", readme, StringComparison.Ordinal);
        Assert.Contains("| The id \\| number of the order. |", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_author_section_is_a_warning_at_the_docs_section_and_leaves_the_heading_out()
    {
        _folder.Write("connector.yaml", Model.Replace("  prerequisites: A Contoso account.\n", string.Empty, StringComparison.Ordinal));

        var result = GenerationPipeline.Default.Run(_folder.Path);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ReadmeSectionMissing.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("docs: prerequisites:", warning.Message, StringComparison.Ordinal);
        Assert.Equal(58, warning.Position.Line);
        Assert.DoesNotContain("## Prerequisites", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == "readme.md").Content), StringComparison.Ordinal);
    }

    [Fact]
    public void A_connector_folder_gets_a_readme_and_a_warning_for_each_author_section()
    {
        var generated = GenerationPipeline.Default.Run(_folder.Path);
        using var connector = new TemporaryFolder();
        foreach (var file in generated.Files.Where(f => f.RelativePath.EndsWith(".json", StringComparison.Ordinal)))
        {
            connector.WriteBytes(file.RelativePath, file.Content);
        }

        var (readme, diagnostics) = ReadmeSource.Read(connector.Path);

        Assert.NotNull(readme);
        Assert.StartsWith("# Contoso Orders\n", readme.Text, StringComparison.Ordinal);
        Assert.Equal(3, diagnostics.Count(d => d.Code == DiagnosticCodes.ReadmeSectionMissing.Code));
    }

    public void Dispose() => _folder.Dispose();
}
