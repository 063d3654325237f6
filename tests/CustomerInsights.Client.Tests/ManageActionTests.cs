using CustomerInsights.Client.Tests.TestSupport;

namespace CustomerInsights.Client.Tests;

public sealed class ManageActionTests : IDisposable
{
    private readonly ClientFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task ListInstances_reads_the_instances()
    {
        _fixture.Handler.RespondJson($$"""[ { "instanceId": "{{ClientFixture.Instance}}", "name": "Contoso", "instanceType": "production" } ]""");

        var instances = await _fixture.Client.ListInstancesAsync(ClientFixture.Token);

        AssertGet("https://ci.test/v1/instances");
        var instance = Assert.Single(instances);
        Assert.Equal(Guid.Parse(ClientFixture.Instance), instance.InstanceId);
        Assert.Equal(InstanceInfoInstanceType.Production, instance.InstanceType);
    }

    [Fact]
    public async Task GetEntities_reads_entities_with_their_attributes()
    {
        _fixture.Handler.RespondJson("""
            { "entities": [ { "name": "Contacts", "qualifiedEntityName": "DataSource_Contacts", "entityType": "dataSource",
                              "attributes": [ { "name": "Age", "dataType": "Edm.Int32" } ] } ] }
            """);

        var list = await _fixture.Client.GetEntitiesAsync("inst", ClientFixture.Token);

        AssertGet("https://ci.test/v1/instances/inst/manage/entities");
        var entity = Assert.Single(list.Entities!);
        Assert.Equal("DataSource_Contacts", entity.QualifiedEntityName);
        Assert.Equal(EntityInfoEntityType.DataSource, entity.EntityType);
        Assert.Equal("Edm.Int32", Assert.Single(entity.Attributes!).DataType);
    }

    [Fact]
    public async Task GetEntitySchema_reads_the_schema_as_json()
    {
        _fixture.Handler.RespondJson("""{ "schema": { "type": "object", "properties": { "Age": { "type": "integer" } } } }""");

        var schema = await _fixture.Client.GetEntitySchemaAsync("inst", "Contacts", ClientFixture.Token);

        AssertGet("https://ci.test/v1/instances/inst/manage/entities/Contacts/schema");
        Assert.Equal("integer", (string?)schema.Schema!["properties"]!["Age"]!["type"]);
    }

    [Fact]
    public async Task ListDataSources_reads_refresh_states()
    {
        _fixture.Handler.RespondJson("""
            [ { "dataSourceId": "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0", "name": "crm", "friendlyName": "CRM",
                "refreshState": "updateFailed", "lastRefresh": "2024-05-06T07:08:09Z" } ]
            """);

        var sources = await _fixture.Client.ListDataSourcesAsync("inst", ClientFixture.Token);

        AssertGet("https://ci.test/v1/instances/inst/manage/datasources");
        var source = Assert.Single(sources);
        Assert.Equal(DataSourceRefreshState.UpdateFailed, source.RefreshState);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero), source.LastRefresh);
    }

    [Fact]
    public async Task ListSegments_reads_evaluation_status()
    {
        _fixture.Handler.RespondJson("""[ { "name": "vip", "friendlyName": "VIP", "state": "active", "evaluationStatus": { "entityCount": 1200 } } ]""");

        var segments = await _fixture.Client.ListSegmentsAsync("inst", ClientFixture.Token);

        AssertGet("https://ci.test/v1/instances/inst/manage/segments");
        Assert.Equal(1200, Assert.Single(segments).EvaluationStatus!.EntityCount);
    }

    [Fact]
    public async Task ListMeasures_sends_scalarOnly_as_a_lower_case_boolean()
    {
        _fixture.Handler.RespondJson("""[ { "name": "revenue", "displayName": "Revenue", "definition": { "isScalar": true }, "output": { "values": [ { "value": 12.5 } ] } } ]""");

        var measures = await _fixture.Client.ListMeasuresAsync("inst", scalarOnly: true, ClientFixture.Token);

        AssertGet("https://ci.test/v1/instances/inst/manage/measures?scalarOnly=true");
        var measure = Assert.Single(measures);
        Assert.True(measure.Definition!.IsScalar);
        Assert.Equal(12.5, Assert.Single(measure.Output!.Values!).Value);
    }

    private void AssertGet(string url)
    {
        var request = _fixture.Handler.Single;
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(url, request.Uri.AbsoluteUri);
        Assert.Null(request.Body);
        ClientFixture.AssertAuthenticated(request);
    }
}
