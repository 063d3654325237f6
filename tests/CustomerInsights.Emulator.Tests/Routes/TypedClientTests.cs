using System.Text.Json.Nodes;
using CustomerInsights.Client;
using CustomerInsights.Emulator.Routes;
using CustomerInsights.Emulator.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerInsights.Emulator.Tests.Routes;

/// <summary>
/// The typed client of connector/client against the emulator, for every action: each answer passes through
/// <see cref="ResponseConformanceHandler"/>, so each status is declared by the definition and each body matches its schema.
/// </summary>
public sealed class TypedClientTests
{
    private static CancellationToken Token => EmulatorFixture.Token;

    [Fact]
    public async Task InstancesEntitiesAndSchemaMatchTheSeed()
    {
        await using var emulator = await EmulatorFixture.StartAsync();

        var instances = await emulator.Client.ListInstancesAsync(Token);
        var entities = await emulator.Client.GetEntitiesAsync(EmulatorFixture.Contoso, Token);
        var schema = await emulator.Client.GetEntitySchemaAsync(EmulatorFixture.Contoso, "Customer", Token);

        Assert.Equal(["Contoso Retail", "Fabrikam Sandbox"], instances.Select(i => i.Name));
        Assert.Equal(["Customer", "UnifiedActivity", "DataSource_Contacts", "DataSource_eCommerce_Orders"], entities.Entities!.Select(e => e.QualifiedEntityName));
        var properties = schema.Schema!["properties"]!.AsObject();
        Assert.Equal("uuid", properties["CustomerId"]!["format"]!.GetValue<string>());
        Assert.Equal("date", properties["BirthDate"]!["format"]!.GetValue<string>());
        Assert.Equal("boolean", properties["IsSubscribed"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task PagingFollowsTheNextLinkThroughEveryItem()
    {
        await using var emulator = await EmulatorFixture.StartAsync();

        var first = await emulator.Client.GetItemsAsync(EmulatorFixture.Contoso, "Customer", top: 50, cancellationToken: Token);
        var all = new List<JsonObject>();
        await foreach (var item in emulator.Client.EnumerateGetItemsAsync(EmulatorFixture.Contoso, "Customer", top: 50, cancellationToken: Token))
        {
            all.Add(item);
        }

        Assert.Equal(137, first.OdataCount);
        Assert.Equal(50, first.Value!.Count);
        Assert.NotNull(first.OdataNextLink);
        Assert.Equal(137, all.Count);
        Assert.Equal(137, all.Select(i => i["CustomerId"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task FilteredPagesCarryTheFilterIntoTheNextLink()
    {
        await using var emulator = await EmulatorFixture.StartAsync();

        var items = new List<JsonObject>();
        await foreach (var item in emulator.Client.EnumerateGetItemsAsync(EmulatorFixture.Contoso, "Customer", filter: "Country eq 'Portugal'",
            select: "FirstName,Country", orderby: "FirstName desc", top: 4, cancellationToken: Token))
        {
            items.Add(item);
        }

        Assert.Equal(13, items.Count);
        Assert.All(items, item => Assert.Equal(["FirstName", "Country"], item.Select(member => member.Key)));
        Assert.All(items, item => Assert.Equal("Portugal", item["Country"]!.GetValue<string>()));
        var names = items.Select(i => i["FirstName"]!.GetValue<string>()).ToList();
        Assert.Equal(names.OrderDescending(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task ItemsAreCreatedReadAndUpdated()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var contact = new JsonObject { ["ContactId"] = "CRM-9001", ["FirstName"] = "Ines", ["LastName"] = "Moreau", ["Email"] = "ines.moreau@example.com" };

        var created = await emulator.Client.CreateItemAsync(EmulatorFixture.Contoso, "DataSource_Contacts", contact, caller: "tests", cancellationToken: Token);
        await emulator.Client.UpdateItemAsync(EmulatorFixture.Contoso, "DataSource_Contacts", "CRM-9001", new JsonObject { ["Phone"] = "+351-555-0199" }, cancellationToken: Token);
        var read = await emulator.Client.GetItemAsync(EmulatorFixture.Contoso, "DataSource_Contacts", "CRM-9001", Token);

        Assert.Equal("Ines", created["FirstName"]!.GetValue<string>());
        Assert.Equal("+351-555-0199", read["Phone"]!.GetValue<string>());
        Assert.Equal("Moreau", read["LastName"]!.GetValue<string>());
    }

    [Fact]
    public async Task PartitionsInBothRevisionsAndTheirRows()
    {
        await using var emulator = await EmulatorFixture.StartAsync();

#pragma warning disable CS0618 // The deprecated first revision is still an operation of the connector.
        var v1 = await emulator.Client.GetPartitionsAsync(EmulatorFixture.Contoso, "DataSource_Contacts", Token);
#pragma warning restore CS0618
        var v2 = await emulator.Client.GetPartitionsV2Async(EmulatorFixture.Contoso, "DataSource_Contacts", Token);
        var rows = await emulator.Client.GetPartitionDataAsync(EmulatorFixture.Contoso, "DataSource_Contacts", v2[0].Name!, top: 5, skip: 2, cancellationToken: Token);

        Assert.Equal(v1.Select(p => p.Name), v2.Select(p => p.Name));
        Assert.Equal(18, v2[0].RowCount);
        Assert.Equal(["CRM-1002", "CRM-1003", "CRM-1004", "CRM-1005", "CRM-1006"], rows.Value!.Select(r => r["ContactId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task StatusReportsAreBuiltFromTheInstance()
    {
        await using var emulator = await EmulatorFixture.StartAsync();

        var types = await emulator.Client.ListReportTypesAsync(EmulatorFixture.Contoso, Token);
#pragma warning disable CS0618 // The deprecated first revision is still an operation of the connector.
        var first = await emulator.Client.SendStatusReportAsync(EmulatorFixture.Contoso, "dataSources", Token);
#pragma warning restore CS0618
        var detailed = await emulator.Client.SendStatusReportV2Async(EmulatorFixture.Contoso,
            new SendStatusReportV2Request { ReportType = "refreshHistory", IncludeDetails = true, Recipients = ["ops@contoso.com"] }, Token);
        var silent = await emulator.Client.SendStatusReportV2Async(EmulatorFixture.Fabrikam, new SendStatusReportV2Request { ReportType = "segments" }, Token);

        Assert.Equal(4, types.Count);
        Assert.Equal("sent", first.Status?.ToString(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(["ops@contoso.com"], detailed.Recipients);
        var section = Assert.Single(detailed.Sections!);
        Assert.Equal(2, section.Entries!.Count);
        Assert.Contains(section.Entries, e => e.Detail?.Contains("storage account key", StringComparison.Ordinal) == true);
        Assert.Equal("noRecipients", silent.Status?.ToString(), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PickerListsAndScalarOnlyMeasures()
    {
        await using var emulator = await EmulatorFixture.StartAsync();

        var sources = await emulator.Client.ListDataSourcesAsync(EmulatorFixture.Contoso, Token);
        var segments = await emulator.Client.ListSegmentsAsync(EmulatorFixture.Contoso, Token);
        var all = await emulator.Client.ListMeasuresAsync(EmulatorFixture.Contoso, cancellationToken: Token);
        var scalar = await emulator.Client.ListMeasuresAsync(EmulatorFixture.Contoso, scalarOnly: true, Token);

        Assert.Equal(4, sources.Count);
        Assert.Equal(980, segments.Single(s => s.Name == "HighValueCustomers").EvaluationStatus!.EntityCount);
        Assert.Equal(4, all.Count);
        Assert.DoesNotContain(scalar, m => m.Name == "RevenueByCountry");
    }

    /// <summary>Every operation of the definition is served: the typed client calls each, and each answer conforms.</summary>
    [Fact]
    public async Task EveryOperationOfTheDefinitionAnswersAsDeclared()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await using var receiver = await NotificationReceiver.StartNewAsync();
        var client = emulator.Client;
        var contoso = EmulatorFixture.Contoso;

        await client.ListInstancesAsync(Token);
        await client.GetEntitiesAsync(contoso, Token);
        await client.GetEntitySchemaAsync(contoso, "Customer", Token);
        var page = await client.GetItemsAsync(contoso, "Customer", top: 1, cancellationToken: Token);
        await client.GetItemAsync(contoso, "Customer", page.Value![0]["CustomerId"]!.GetValue<string>(), Token);
        await client.CreateItemAsync(contoso, "DataSource_Contacts", new JsonObject { ["ContactId"] = "CRM-7001", ["FirstName"] = "Aiko" }, cancellationToken: Token);
        await client.UpdateItemAsync(contoso, "DataSource_Contacts", "CRM-7001", new JsonObject { ["LastName"] = "Tanaka" }, cancellationToken: Token);
        await client.ListDataSourcesAsync(contoso, Token);
        await client.ListSegmentsAsync(contoso, Token);
        await client.ListMeasuresAsync(contoso, true, Token);
#pragma warning disable CS0618 // The deprecated first revisions are still operations of the connector.
        await client.GetPartitionsAsync(contoso, "Customer", Token);
        await client.SendStatusReportAsync(contoso, "measures", Token);
#pragma warning restore CS0618
        await client.GetPartitionsV2Async(contoso, "Customer", Token);
        await client.GetPartitionDataAsync(contoso, "Customer", "Customer-full", cancellationToken: Token);
        await client.SendStatusReportV2Async(contoso, new SendStatusReportV2Request { ReportType = "segments" }, Token);
        await client.ListReportTypesAsync(contoso, Token);
        var callback = new Uri(receiver.Callback("coverage"));
        var subscriptions = new List<CustomerInsightsWebhookSubscription>
        {
            await client.SubscribeToDataSourceRefreshFailedAsync(contoso, new DataSourceRefreshFailedRequest { CallbackUrl = callback.ToString() }, Token),
            await client.SubscribeToDataSourceRefreshSucceededAsync(contoso, new DataSourceRefreshSucceededRequest { CallbackUrl = callback.ToString() }, Token),
            await client.SubscribeToFullRefreshCompletedAsync(contoso, new FullRefreshCompletedRequest { CallbackUrl = callback.ToString() }, Token),
            await client.SubscribeToUnificationRefreshCompletedAsync(contoso, new UnificationRefreshCompletedRequest { CallbackUrl = callback.ToString() }, Token),
            await client.SubscribeToSegmentThresholdCrossedAsync(contoso, new SegmentThresholdCrossedRequest { CallbackUrl = callback.ToString(), SegmentName = "HighValueCustomers", Threshold = 1000 }, Token),
            await client.SubscribeToMeasureThresholdCrossedAsync(contoso, new MeasureThresholdCrossedRequest { CallbackUrl = callback.ToString(), MeasureName = "TotalRevenue", Threshold = 2e6 }, Token),
        };
        foreach (var subscription in subscriptions)
        {
            await client.UnsubscribeAsync(subscription, Token);
        }

        var defined = emulator.Host.Services.GetRequiredService<EmulatedConnector>().Swagger.Operations.Select(o => o.OperationId!).ToHashSet();
        Assert.Empty(defined.Except(emulator.Conformance.CheckedOperations));
    }

    [Fact]
    public async Task EachOperationIsAnEndpointNamedByItsOperationId()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var endpoints = emulator.Host.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => (Name: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IEndpointNameMetadata>()?.EndpointName, Route: e.RoutePattern.RawText))
            .Where(e => e.Name is not null)
            .ToDictionary(e => e.Name!, e => e.Route);

        foreach (var operation in emulator.Host.Services.GetRequiredService<EmulatedConnector>().Swagger.Operations)
        {
            Assert.True(endpoints.TryGetValue(operation.OperationId!, out var route), $"{operation.OperationId} has no route in the emulator.");
            Assert.Equal("/v1" + operation.Path, route);
        }
    }
}
