using System.Net;
using System.Text.Json.Nodes;
using CustomerInsights.Client.Tests.TestSupport;

namespace CustomerInsights.Client.Tests;

public sealed class ItemActionTests : IDisposable
{
    private readonly ClientFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task GetItems_sends_the_OData_query_and_reads_the_page()
    {
        _fixture.Handler.RespondJson("""
            { "@odata.context": "ctx", "@odata.count": 2, "value": [ { "CustomerId": "c1" }, { "CustomerId": "c2" } ], "@odata.nextLink": "https://ci.test/v1/next" }
            """);

        var page = await _fixture.Client.GetItemsAsync(ClientFixture.Instance, "UnifiedActivity", filter: "FirstName eq 'Ana'", top: 50, skip: 10, cancellationToken: ClientFixture.Token);

        var request = _fixture.Handler.Single;
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(
            $"https://ci.test/v1/instances/{ClientFixture.Instance}/data/UnifiedActivity?%24filter=FirstName%20eq%20%27Ana%27&%24top=50&%24skip=10",
            request.Uri.AbsoluteUri);
        ClientFixture.AssertAuthenticated(request);
        Assert.Equal(2, page.OdataCount);
        Assert.Equal(["c1", "c2"], page.Value!.Select(item => (string?)item["CustomerId"]));
        Assert.Equal("https://ci.test/v1/next", page.OdataNextLink);
    }

    [Fact]
    public async Task EnumerateGetItems_follows_absolute_and_relative_next_links_with_the_same_credentials()
    {
        _fixture.Handler
            .RespondJson("""{ "value": [ { "n": 1 }, { "n": 2 } ], "@odata.nextLink": "https://ci.test/v1/instances/x/data/E?$skiptoken=a" }""")
            .RespondJson("""{ "value": [ { "n": 3 } ], "@odata.nextLink": "E?$skiptoken=b" }""")
            .RespondJson("""{ "value": [ { "n": 4 } ] }""");

        var numbers = new List<int>();
        await foreach (var item in _fixture.Client.EnumerateGetItemsAsync("x", "E", top: 2, cancellationToken: ClientFixture.Token))
        {
            numbers.Add((int)item["n"]!);
        }

        Assert.Equal([1, 2, 3, 4], numbers);
        Assert.Equal(
            ["https://ci.test/v1/instances/x/data/E?%24top=2", "https://ci.test/v1/instances/x/data/E?$skiptoken=a", "https://ci.test/v1/instances/x/data/E?$skiptoken=b"],
            _fixture.Handler.Requests.Select(r => r.Uri.OriginalString));
        Assert.All(_fixture.Handler.Requests, ClientFixture.AssertAuthenticated);
    }

    [Fact]
    public async Task GetItem_escapes_path_values_and_returns_the_dynamic_item()
    {
        _fixture.Handler.RespondJson("""{ "CustomerId": "a/b c", "Age": 41 }""");

        var item = await _fixture.Client.GetItemAsync("inst", "Contacts", "a/b c", ClientFixture.Token);

        Assert.Equal("https://ci.test/v1/instances/inst/data/Contacts/a%2Fb%20c", _fixture.Handler.Single.Uri.AbsoluteUri);
        Assert.Equal(41, (int)item["Age"]!);
    }

    [Fact]
    public async Task CreateItem_posts_the_item_with_its_query_and_reads_the_created_item()
    {
        _fixture.Handler.Respond(HttpStatusCode.Created, """{ "CustomerId": "c9", "Name": "Ana" }""");
        var validUntil = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var created = await _fixture.Client.CreateItemAsync("inst", "Contacts", new JsonObject { ["Name"] = "Ana" }, validUntil, "flow-1", ClientFixture.Token);

        var request = _fixture.Handler.Single;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://ci.test/v1/instances/inst/data/Contacts?validUntil=2030-01-02T03%3A04%3A05.0000000%2B00%3A00&caller=flow-1", request.Uri.AbsoluteUri);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("""{"Name":"Ana"}""", request.Body);
        ClientFixture.AssertAuthenticated(request);
        Assert.Equal("c9", (string?)created["CustomerId"]);
    }

    [Fact]
    public async Task UpdateItem_patches_the_item_and_accepts_no_content()
    {
        _fixture.Handler.Respond(HttpStatusCode.NoContent);

        await _fixture.Client.UpdateItemAsync("inst", "Contacts", "c9", new JsonObject { ["Age"] = 42 }, cancellationToken: ClientFixture.Token);

        var request = _fixture.Handler.Single;
        Assert.Equal(HttpMethod.Patch, request.Method);
        Assert.Equal("https://ci.test/v1/instances/inst/data/Contacts/c9", request.Uri.AbsoluteUri);
        Assert.Equal("""{"Age":42}""", request.Body);
    }

    [Fact]
    public async Task Required_arguments_are_checked_before_anything_is_sent()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _fixture.Client.GetItemAsync("inst", null!, "c9", ClientFixture.Token));

        Assert.Empty(_fixture.Handler.Requests);
    }
}
