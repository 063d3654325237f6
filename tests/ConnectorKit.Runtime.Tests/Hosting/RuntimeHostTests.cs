using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Hosting;
using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.TestConnector;

namespace ConnectorKit.Runtime.Tests.Hosting;

public sealed class RuntimeHostTests
{
    private static readonly JsonObject Items = Get("/items/{id}", "GetItem", Parameter("id", "path"), Parameter("top", "query", "integer"));

    private static TestConnector KeyedConnector() => new(
        Items,
        policies: new JsonArray(
            Policy("setheader", PolicyHarness.With(("name", "X-Api-Key"), ("value", "@connectionParameters('apiKey')"))),
            Policy("setheader", PolicyHarness.With(("name", "X-Answered"), ("value", "ok"), ("x-ms-apimTemplate-policySection", "Response"))),
            Policy("setheader", PolicyHarness.With(("name", "X-Failed"), ("value", "yes"), ("x-ms-apimTemplate-policySection", "Failure")))),
        connectionParameters: new JsonObject
        {
            ["apiKey"] = new JsonObject { ["type"] = "securestring" },
            ["token"] = new JsonObject { ["type"] = "oauthSetting" },
        });

    private static readonly Dictionary<string, string> Connection = new()
    {
        ["CONNECTORKIT_CONNECTION_APIKEY"] = "secret-key-1",
        ["CONNECTORKIT_CONNECTION_TOKEN"] = "bearer-token-1",
    };

    [Fact]
    public async Task A_call_goes_through_policies_to_the_backend_with_credentials_and_its_correlation_id()
    {
        await using var runtime = await RunningRuntime.StartAsync(KeyedConnector(), Connection);
        using var request = new HttpRequestMessage(HttpMethod.Get, "items/a%20b?top=5");
        request.Headers.Add("x-ms-client-request-id", "corr-42");
        request.Headers.Add("Authorization", "Bearer caller-token");

        using var response = await runtime.Client.SendAsync(request, RunningRuntime.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", response.Headers.GetValues("X-Answered").Single());
        Assert.False(response.Headers.Contains("X-Failed"));
        Assert.Equal("corr-42", response.Headers.GetValues("x-ms-client-request-id").Single());
        var call = runtime.Backend.Single();
        Assert.Equal("/api/items/a%20b?top=5", call.PathAndQuery);
        Assert.Equal("secret-key-1", call.Header("X-Api-Key"));
        Assert.Equal("Bearer bearer-token-1", call.Header("Authorization"));
        Assert.Equal("corr-42", call.Header("x-ms-client-request-id"));
        Assert.Equal(["received", "match", "parameters", "auth", "policy", "backend", "policy", "done"],
            runtime.Log.Select(line => line.Split(' ')[1]["step=".Length..]));
        Assert.All(runtime.Log, line => Assert.StartsWith("corr=corr-42 ", line, StringComparison.Ordinal));
        Assert.DoesNotContain(runtime.Log, line => line.Contains("secret-key-1", StringComparison.Ordinal) || line.Contains("bearer-token-1", StringComparison.Ordinal));
        Assert.Contains(runtime.Steps("policy"), line => line.Contains("changed=\"header X-Api-Key set to '***'\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calls_that_match_nothing_or_break_a_parameter_are_refused_before_the_backend()
    {
        await using var runtime = await RunningRuntime.StartAsync(KeyedConnector(), Connection);

        using var unknown = await runtime.Client.GetAsync("nothing/here", RunningRuntime.Token);
        using var wrongMethod = await runtime.Client.DeleteAsync("items/1", RunningRuntime.Token);
        using var badParameter = await runtime.Client.GetAsync("items/1?top=many", RunningRuntime.Token);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badParameter.StatusCode);
        Assert.Equal("ParameterInvalid", (await RunningRuntime.JsonAsync(badParameter))!["error"]!["code"]!.GetValue<string>());
        Assert.Empty(runtime.Backend.Requests);
    }

    [Fact]
    public async Task Failure_policies_run_on_an_error_status_and_an_unauthenticated_connection_refuses_later_calls()
    {
        using var connector = new TestConnector(Items, policies: new JsonArray(
            Policy("setheader", PolicyHarness.With(("name", "X-Failed"), ("value", "yes"), ("x-ms-apimTemplate-policySection", "Failure"))),
            Policy("setconnectionstatustounauthenticated", PolicyHarness.With(("statusCode", "401")))));
        await using var runtime = await RunningRuntime.StartAsync(connector.Folder);
        runtime.Backend.Handler = (context, _) => FakeBackend.Json(context, HttpStatusCode.Unauthorized, """{"message":"expired"}""");

        using var failed = await runtime.Client.GetAsync("items/1", RunningRuntime.Token);
        using var refused = await runtime.Client.GetAsync("items/2", RunningRuntime.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        Assert.Equal("yes", failed.Headers.GetValues("X-Failed").Single());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("ConnectionUnauthenticated", (await RunningRuntime.JsonAsync(refused))!["error"]!["code"]!.GetValue<string>());
        Assert.Single(runtime.Backend.Requests);
    }

    [Fact]
    public async Task The_backend_origin_replaces_the_origin_a_dynamic_host_url_gives_and_an_unreachable_backend_is_502()
    {
        using var connector = new TestConnector(Items, policies: new JsonArray(
            Policy("dynamichosturl", PolicyHarness.With(("urlTemplate", "https://@connectionParameters('tenant').example.net/tenant-api")))),
            connectionParameters: new JsonObject { ["tenant"] = new JsonObject { ["type"] = "string" } });
        await using var runtime = await RunningRuntime.StartAsync(connector.Folder, environment: new Dictionary<string, string> { ["CONNECTORKIT_CONNECTION_TENANT"] = "contoso" });

        using var response = await runtime.Client.GetAsync("items/7", RunningRuntime.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/tenant-api/items/7", runtime.Backend.Single().PathAndQuery);
        Assert.Contains(runtime.Steps("policy"), line => line.Contains("https://contoso.example.net/tenant-api", StringComparison.Ordinal));

        await runtime.Backend.DisposeAsync();
        using var unreachable = await runtime.Client.GetAsync("items/8", RunningRuntime.Token);
        Assert.Equal(HttpStatusCode.BadGateway, unreachable.StatusCode);
    }

    [Fact]
    public async Task A_connector_with_errors_does_not_start_and_says_where()
    {
        using var connector = new TestConnector(Items, policies: new JsonArray(Policy("setheader", PolicyHarness.With(("value", "x")))),
            connectionParameters: new JsonObject { ["apiKey"] = new JsonObject { ["type"] = "securestring", ["uiDefinition"] = new JsonObject { ["constraints"] = new JsonObject { ["required"] = "true" } } } });

        var failure = await Assert.ThrowsAsync<RuntimeStartException>(() => RuntimeHost.StartAsync(new RuntimeSettings { ConnectorPath = connector.Folder, Port = 0, Environment = _ => null }, RunningRuntime.Token));

        Assert.Contains(failure.Diagnostics, d => d.Code == "CK7002" && d.Position.File.EndsWith("apiProperties.json", StringComparison.Ordinal) && d.Position.Line > 0);
    }

    [Fact]
    public async Task The_verbose_log_shows_bodies_with_secrets_masked()
    {
        await using var runtime = await RunningRuntime.StartAsync(KeyedConnector(), Connection, settings => settings with { Verbose = true });
        runtime.Backend.Handler = (context, _) => FakeBackend.Json(context, HttpStatusCode.OK, """{"echo":"secret-key-1","n":1}""");

        using var response = await runtime.Client.GetAsync("items/1", RunningRuntime.Token);

        Assert.Contains(runtime.Steps("backend-response-body"), line => line.Contains("\\\"echo\\\":\\\"***\\\"", StringComparison.Ordinal));
        Assert.Single(runtime.Steps("response-body"));
        Assert.DoesNotContain(runtime.Log, line => line.Contains("secret-key-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_bodies_pass_through_body_policies_both_ways()
    {
        using var connector = new TestConnector(Operation("/items", "post", "CreateItem",
                new JsonObject { ["name"] = "body", ["in"] = "body", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "object" } }),
            policies: new JsonArray(
                Policy("setproperty", PolicyHarness.With(("newPropertyParentPathTemplate", "@body()"), ("newPropertySubPathTemplate", "source"), ("propertyValuePathTemplate", "runtime"))),
                Policy("convertobjecttoarray", PolicyHarness.With(("propertyParentPath", "@body()"), ("propertySubPath", "zones"), ("newPropertyPath", "@body().zones"),
                    ("x-ms-apimTemplate-policySection", "Response")))));
        await using var runtime = await RunningRuntime.StartAsync(connector.Folder);
        runtime.Backend.Handler = (context, _) => FakeBackend.Json(context, HttpStatusCode.Created, """{"zones":{"DE":1}}""");

        using var response = await runtime.Client.PostAsJsonAsync("items", new { name = "a" }, RunningRuntime.Token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        PolicyHarness.JsonEqual("""{"zones":[{"key":"DE","value":1}]}""", await RunningRuntime.JsonAsync(response));
        PolicyHarness.JsonEqual("""{"name":"a","source":"runtime"}""", JsonNode.Parse(runtime.Backend.Single().Body));
    }

    [Theory]
    [InlineData("{backend}api/items?page=2", "{runtime}items?page=2")]
    [InlineData("/api/items?page=2", "{runtime}items?page=2")]
    [InlineData("https://elsewhere.example/api/items?page=2", "https://elsewhere.example/api/items?page=2")]
    public async Task The_next_link_of_a_pageable_operation_below_the_backend_is_pointed_at_the_runtime(string given, string expected)
    {
        var paths = Get("/items", "ListItems");
        paths["/items"]!["get"]!["x-ms-pageable"] = new JsonObject { ["nextLinkName"] = "@odata.nextLink" };
        using var connector = new TestConnector(paths);
        await using var runtime = await RunningRuntime.StartAsync(connector.Folder);
        var link = given.Replace("{backend}", runtime.Backend.Origin.AbsoluteUri, StringComparison.Ordinal);
        runtime.Backend.Handler = (context, _) => FakeBackend.Json(context, HttpStatusCode.OK, new JsonObject { ["value"] = new JsonArray(1), ["@odata.nextLink"] = link }.ToJsonString());

        using var response = await runtime.Client.GetAsync("items", RunningRuntime.Token);

        var body = await RunningRuntime.JsonAsync(response);
        Assert.Equal(expected.Replace("{runtime}", runtime.Host.Root.AbsoluteUri, StringComparison.Ordinal), body!["@odata.nextLink"]!.GetValue<string>());
        Assert.Equal(given.StartsWith("https://elsewhere", StringComparison.Ordinal) ? 0 : 1, runtime.Steps("nextlink").Count);
    }
}
