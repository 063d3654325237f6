namespace ConnectorKit.Tests.Import;

/// <summary>
/// An operation's <c>x-ms-summary</c> beside its Swagger summary imports as <c>label</c>, a response's as
/// <c>summary</c>; neither stays raw.
/// </summary>
public sealed class SummaryLabelImportTests
{
    private const string Paths = """
        { "/items": { "get": { "summary": "Get item", "description": "Gets an item.", "operationId": "GetItem",
          "x-ms-summary": "Get an item",
          "responses": { "200": { "description": "OK", "x-ms-summary": "The item", "schema": { "type": "object" } } } } } }
        """;

    [Fact]
    public void Operation_and_response_summaries_are_typed_keys()
    {
        using var folder = new ConnectorFolder("SummaryLabels", Samples.Swagger(Paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("\n    label: Get an item\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n        summary: The item\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions:", yaml, StringComparison.Ordinal);
    }
}
