using CustomerInsights.Client.Tests.TestSupport;

namespace CustomerInsights.Client.Tests;

// GetPartitions and SendStatusReport are deprecated in favour of their V2 revisions; they are still tested.
#pragma warning disable CS0618
public sealed class PartitionAndReportActionTests : IDisposable
{
    private readonly ClientFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task GetPartitions_reads_the_partitions_of_an_entity()
    {
        _fixture.Handler.RespondJson("""[ { "name": "p1", "location": "https://lake/p1.csv", "hasHeader": true } ]""");

        var partitions = await _fixture.Client.GetPartitionsAsync("inst", "Contacts", ClientFixture.Token);

        AssertRequest(HttpMethod.Get, "https://ci.test/v1/instances/inst/manage/entities/Contacts/partitions");
        Assert.True(Assert.Single(partitions).HasHeader);
    }

    [Fact]
    public async Task GetPartitionsV2_reads_format_kind_and_row_count()
    {
        _fixture.Handler.RespondJson("""[ { "name": "p1", "format": "parquet", "kind": "incrementalUpsert", "rowCount": 99 } ]""");

        var partitions = await _fixture.Client.GetPartitionsV2Async("inst", "Contacts", ClientFixture.Token);

        AssertRequest(HttpMethod.Get, "https://ci.test/v1/instances/inst/manage/entities/Contacts/partitionsV2");
        var partition = Assert.Single(partitions);
        Assert.Equal(PartitionV2Format.Parquet, partition.Format);
        Assert.Equal(PartitionV2Kind.IncrementalUpsert, partition.Kind);
        Assert.Equal(99, partition.RowCount);
    }

    [Fact]
    public async Task GetPartitionData_pages_with_top_and_skip()
    {
        _fixture.Handler.RespondJson("""{ "value": [ { "Id": 1 }, { "Id": 2 } ] }""");

        var rows = await _fixture.Client.GetPartitionDataAsync("inst", "Contacts", "p 1", top: 2, skip: 4, ClientFixture.Token);

        AssertRequest(HttpMethod.Get, "https://ci.test/v1/instances/inst/manage/entities/Contacts/partitions/p%201/rows?%24top=2&%24skip=4");
        Assert.Equal([1, 2], rows.Value!.Select(row => (int)row["Id"]!));
    }

    [Fact]
    public async Task SendStatusReport_posts_the_report_type_in_the_query()
    {
        _fixture.Handler.RespondJson("""{ "reportId": "9f8e7d6c-5b4a-3928-1706-f5e4d3c2b1a0", "reportType": "segments", "status": "sent" }""");

        var report = await _fixture.Client.SendStatusReportAsync("inst", "segments", ClientFixture.Token);

        AssertRequest(HttpMethod.Post, "https://ci.test/v1/instances/inst/reports/status?reportType=segments");
        Assert.Equal(StatusReportReportType.Segments, report.ReportType);
        Assert.Equal(StatusReportStatus.Sent, report.Status);
    }

    [Fact]
    public async Task SendStatusReportV2_posts_the_request_body_without_absent_members()
    {
        _fixture.Handler.RespondJson("""
            { "reportType": "dataSources", "recipients": [ "ops@contoso.com" ],
              "sections": [ { "title": "Data sources", "area": "dataSources", "entries": [ { "name": "crm", "status": "updated" } ] } ] }
            """);

        var report = await _fixture.Client.SendStatusReportV2Async(
            "inst", new SendStatusReportV2Request { ReportType = "dataSources", Recipients = ["ops@contoso.com"] }, ClientFixture.Token);

        var request = AssertRequest(HttpMethod.Post, "https://ci.test/v1/instances/inst/reports/statusV2");
        Assert.Equal("""{"reportType":"dataSources","recipients":["ops@contoso.com"]}""", request.Body);
        var section = Assert.Single(report.Sections!);
        Assert.Equal(StatusReportSectionArea.DataSources, section.Area);
        Assert.Equal("crm", Assert.Single(section.Entries!).Name);
    }

    [Fact]
    public async Task ListReportTypes_reads_the_report_types()
    {
        _fixture.Handler.RespondJson("""[ { "reportType": "refreshHistory", "displayName": "Refresh history" } ]""");

        var types = await _fixture.Client.ListReportTypesAsync("inst", ClientFixture.Token);

        AssertRequest(HttpMethod.Get, "https://ci.test/v1/instances/inst/reports/types");
        Assert.Equal(ReportTypeReportType.RefreshHistory, Assert.Single(types).ReportTypeValue);
    }

    [Fact]
    public async Task DeleteSubscription_sends_delete_to_the_subscription()
    {
        _fixture.Handler.Respond(System.Net.HttpStatusCode.OK);
        var id = Guid.Parse("11111111-2222-3333-4444-555555555555");

        await _fixture.Client.DeleteSubscriptionAsync("inst", id, ClientFixture.Token);

        AssertRequest(HttpMethod.Delete, $"https://ci.test/v1/instances/inst/subscriptions/{id}");
    }

    private RecordedRequest AssertRequest(HttpMethod method, string url)
    {
        var request = _fixture.Handler.Single;
        Assert.Equal(method, request.Method);
        Assert.Equal(url, request.Uri.AbsoluteUri);
        ClientFixture.AssertAuthenticated(request);
        return request;
    }
}
