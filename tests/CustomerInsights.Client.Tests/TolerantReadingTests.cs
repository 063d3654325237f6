using CustomerInsights.Client.Tests.TestSupport;

namespace CustomerInsights.Client.Tests;

public sealed class TolerantReadingTests : IDisposable
{
    private readonly ClientFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void A_payload_missing_required_members_still_reads()
    {
        var payload = CustomerInsightsNotifications.ParseMeasureThresholdCrossed("""{ "measureName": "revenue" }""");

        Assert.Equal("revenue", payload.MeasureName);
        Assert.Equal(0, payload.CurrentValue);
    }

    [Fact]
    public async Task Unknown_members_are_kept_and_unknown_enum_values_are_not_lost()
    {
        _fixture.Handler.RespondJson("""[ { "name": "crm", "refreshState": "paused", "region": "westeurope" } ]""");

        var source = Assert.Single(await _fixture.Client.ListDataSourcesAsync("inst", ClientFixture.Token));

        Assert.Equal("paused", source.RefreshState!.Value.Value);
        Assert.NotEqual(DataSourceRefreshState.Updated, source.RefreshState);
        Assert.Equal("westeurope", source.AdditionalProperties!["region"].GetString());
    }

    [Fact]
    public async Task An_empty_body_reads_as_an_empty_result()
    {
        _fixture.Handler.Respond(System.Net.HttpStatusCode.OK);
        _fixture.Handler.Respond(System.Net.HttpStatusCode.OK);

        var entities = await _fixture.Client.GetEntitiesAsync("inst", ClientFixture.Token);
        var instances = await _fixture.Client.ListInstancesAsync(ClientFixture.Token);

        Assert.Null(entities.Entities);
        Assert.Empty(instances);
    }

    [Fact]
    public void Open_enums_convert_from_strings_and_print_their_value()
    {
        SegmentState state = "archived";

        Assert.Equal("archived", state.ToString());
        Assert.Equal(SegmentState.Active, (SegmentState)"active");
    }
}
