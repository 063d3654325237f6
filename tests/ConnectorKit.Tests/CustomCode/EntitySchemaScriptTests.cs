using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ConnectorKit.Tests.CustomCode;

/// <summary>Runs the connector's script.csx against a fake backend.</summary>
public sealed class EntitySchemaScriptTests
{
    private const string SchemaUrl = "https://api.ci.ai.dynamics.com/v1/instances/7d1c0a5e-0000-4000-8000-000000000001/manage/entities/Customer/schema";
    private const string EntityUrl = "https://api.ci.ai.dynamics.com/v1/instances/7d1c0a5e-0000-4000-8000-000000000001/manage/entities/Customer";

    private const string CannedEntity = """
        {
          "name": "Customer",
          "qualifiedEntityName": "Customer",
          "entityType": "unified",
          "attributes": [
            { "name": "CustomerId", "dataType": "Edm.Guid" },
            { "name": "FirstName", "dataType": "Edm.String" },
            { "name": "Age", "dataType": "Edm.Int32" },
            { "name": "Visits", "dataType": "Edm.Int64" },
            { "name": "Score", "dataType": "Edm.Double" },
            { "name": "LifetimeValue", "dataType": "Edm.Decimal" },
            { "name": "IsActive", "dataType": "Edm.Boolean" },
            { "name": "CreatedOn", "dataType": "Edm.DateTimeOffset" },
            { "name": "BirthDate", "dataType": "Edm.Date" },
            { "name": "Photo", "dataType": "Edm.Binary" },
            { "name": "Tags", "dataType": "Collection(Edm.String)" },
            { "name": "Location", "dataType": "Edm.GeographyPoint" }
          ]
        }
        """;

    private const string ExpectedSchema = """
        {
          "schema": {
            "type": "object",
            "properties": {
              "CustomerId": { "type": "string", "format": "uuid", "x-ms-summary": "CustomerId" },
              "FirstName": { "type": "string", "x-ms-summary": "FirstName" },
              "Age": { "type": "integer", "format": "int32", "x-ms-summary": "Age" },
              "Visits": { "type": "integer", "format": "int64", "x-ms-summary": "Visits" },
              "Score": { "type": "number", "format": "double", "x-ms-summary": "Score" },
              "LifetimeValue": { "type": "number", "x-ms-summary": "LifetimeValue" },
              "IsActive": { "type": "boolean", "x-ms-summary": "IsActive" },
              "CreatedOn": { "type": "string", "format": "date-time", "x-ms-summary": "CreatedOn" },
              "BirthDate": { "type": "string", "format": "date", "x-ms-summary": "BirthDate" },
              "Photo": { "type": "string", "format": "byte", "x-ms-summary": "Photo" },
              "Tags": { "type": "array", "items": { "type": "string" }, "x-ms-summary": "Tags" },
              "Location": { "type": "string", "x-ms-summary": "Location" }
            }
          }
        }
        """;

    [Fact]
    public async Task GetEntitySchemaReadsTheEntityAndMapsItsAttributeTypes()
    {
        var backend = new RecordingBackend(_ => Json(HttpStatusCode.OK, CannedEntity));
        var request = new HttpRequestMessage(HttpMethod.Get, SchemaUrl + "?api-version=1");
        request.Headers.Add("Ocp-Apim-Subscription-Key", "key-1");

        var response = await RunAsync("GetEntitySchema", request, backend);

        var sent = Assert.Single(backend.Requests);
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal(EntityUrl, sent.RequestUri!.AbsoluteUri);
        Assert.Equal(["key-1"], sent.Headers.GetValues("Ocp-Apim-Subscription-Key"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ExpectedSchema), actual), actual?.ToJsonString());
    }

    [Fact]
    public async Task GetEntitySchemaPassesBackendErrorsThrough()
    {
        var notFound = Json(HttpStatusCode.NotFound, """{ "error": "No entity Customer." }""");
        var backend = new RecordingBackend(_ => notFound);

        var response = await RunAsync("GetEntitySchema", new HttpRequestMessage(HttpMethod.Get, SchemaUrl), backend);

        Assert.Same(notFound, response);
    }

    [Theory]
    [InlineData("GetItems")]
    [InlineData("CreateItem")]
    public async Task OtherOperationsAreForwardedUnchanged(string operationId)
    {
        var answer = Json(HttpStatusCode.OK, """{ "value": [] }""");
        var backend = new RecordingBackend(_ => answer);
        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.ci.ai.dynamics.com/v1/instances/x/data/Customer");

        var response = await RunAsync(operationId, request, backend);

        Assert.Same(request, Assert.Single(backend.Requests));
        Assert.Same(answer, response);
    }

    private static async Task<HttpResponseMessage> RunAsync(string operationId, HttpRequestMessage request, RecordingBackend backend)
    {
        var compiled = ConnectorScriptFile.Compiled;
        Assert.Empty(compiled.Errors);
        using var runner = new ScriptRunner(compiled.Image!);
        return await runner.RunAsync(operationId, request, backend.SendAsync, TestContext.Current.CancellationToken);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private sealed class RecordingBackend(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            Requests.Add(request);
            return Task.FromResult(answer(request));
        }
    }
}
