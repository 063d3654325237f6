using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CustomerInsights.Emulator.Tests.TestSupport;

namespace CustomerInsights.Emulator.Tests.Routes;

/// <summary>GetItems' OData options and the item writes' checks, through the raw service API.</summary>
public sealed class ItemQueryTests
{
    private static CancellationToken Token => EmulatorFixture.Token;

    private static string Items(string query) => $"instances/{EmulatorFixture.Contoso}/data/Customer?{query}";

    [Fact]
    public async Task FilterWithAndSelectOrderTopAndSkip()
    {
        await using var emulator = await EmulatorFixture.StartAsync();

        var page = await GetAsync(emulator, Items("$filter=Country eq 'United States' and IsSubscribed eq true&$select=FirstName,City&$orderby=City desc,FirstName&$top=3&$skip=1"));

        Assert.Equal(18, page["@odata.count"]!.GetValue<int>());
        var rows = page["value"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.Equal(["FirstName", "City"], row.Select(member => member.Key)));
        var keys = rows.Select(r => (City: r["City"]!.GetValue<string>(), Name: r["FirstName"]!.GetValue<string>())).ToList();
        Assert.Equal(keys.OrderByDescending(k => k.City, StringComparer.Ordinal).ThenBy(k => k.Name, StringComparer.Ordinal), keys);
        Assert.Contains("$skip=4", page["@odata.nextLink"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchMatchesEveryWordInAnyTextAttribute()
    {
        await using var emulator = await EmulatorFixture.StartAsync();

        var page = await GetAsync(emulator, Items("$search=lisbon platinum"));

        Assert.True(page["@odata.count"]!.GetValue<int>() > 0);
        Assert.All(page["value"]!.AsArray(), row =>
        {
            Assert.Equal("Lisbon", row!["City"]!.GetValue<string>());
            Assert.Equal("Platinum", row["LoyaltyTier"]!.GetValue<string>());
        });
    }

    [Theory]
    [InlineData("$filter=Nickname eq 'x'", "is not an attribute of Customer")]
    [InlineData("$filter=FirstName ne 'Ana'", "supports only 'eq'")]
    [InlineData("$filter=LifetimeValue eq 'high'", "does not fit LifetimeValue")]
    [InlineData("$filter=FirstName eq 'Ana", "is not closed")]
    [InlineData("$top=101", "$top must be an integer from 1 to 100")]
    [InlineData("$skip=-1", "$skip must be an integer from 0")]
    [InlineData("$orderby=City sideways", "is not 'Attribute'")]
    [InlineData("$select=FirstName,Shoe", "'Shoe' is not an attribute")]
    [InlineData("$expand=Orders", "no related entities")]
    public async Task MalformedOptionsAreRefusedWithTheReason(string query, string reason)
    {
        await using var emulator = await EmulatorFixture.StartAsync();

        using var response = await RawAsync(emulator).GetAsync(Items(query), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "ContactId": "CRM-1", "Shoe": 42 }""", "not in the schema")]
    [InlineData("""{ "ContactId": 17 }""", "/ContactId")]
    [InlineData("""{ "FirstName": "Nobody" }""", "has no value for ContactId")]
    [InlineData("""{ "ContactId": "CRM-1000" }""", "already has an item")]
    [InlineData("[1, 2]", "expects an object")]
    public async Task ItemsThatBreakTheEntityAreRefused(string body, string reason)
    {
        await using var emulator = await EmulatorFixture.StartAsync();

        using var response = await RawAsync(emulator).PostAsync($"instances/{EmulatorFixture.Contoso}/data/DataSource_Contacts",
            new StringContent(body, Encoding.UTF8, "application/json"), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidUntilIsAtMostThirtyDaysAheadAndTheItemExpiresThen()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var path = $"instances/{EmulatorFixture.Contoso}/data/DataSource_Contacts";
        var item = new StringContent("""{ "ContactId": "CRM-TEMP" }""", Encoding.UTF8, "application/json");

        using var tooLate = await RawAsync(emulator).PostAsync($"{path}?validUntil=2027-01-15T00:00:00Z", item, Token);
        using var created = await RawAsync(emulator).PostAsync($"{path}?validUntil=2026-12-02T08:00:00Z&caller=tests", item, Token);
        using var before = await RawAsync(emulator).GetAsync($"{path}/CRM-TEMP", Token);
        emulator.Clock.Advance(TimeSpan.FromDays(1));
        using var after = await RawAsync(emulator).GetAsync($"{path}/CRM-TEMP", Token);

        Assert.Equal(HttpStatusCode.BadRequest, tooLate.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    private static async Task<JsonObject> GetAsync(EmulatorFixture emulator, string path)
    {
        using var response = await emulator.Http.GetAsync(path, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!.AsObject();
    }

    /// <summary>A client without the conformance check, for requests the definition does not describe an answer to.</summary>
    private static HttpClient RawAsync(EmulatorFixture emulator)
    {
        var client = new HttpClient { BaseAddress = emulator.Host.ServiceRoot };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "t");
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "raw");
        return client;
    }
}
