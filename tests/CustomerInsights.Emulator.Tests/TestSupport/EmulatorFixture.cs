using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CustomerInsights.Client;
using CustomerInsights.Emulator.Delivery;
using CustomerInsights.Emulator.Hosting;
using CustomerInsights.Emulator.Routes;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerInsights.Emulator.Tests.TestSupport;

/// <summary>
/// An emulator on 127.0.0.1 (a free port) with its state in a SQLite file of a temporary folder and a
/// <see cref="TestClock"/>; the typed client and a raw client reach it through <see cref="ResponseConformanceHandler"/>.
/// Restart it with the same file to test what survives; dispose it to stop the host and delete the folder.
/// </summary>
public sealed class EmulatorFixture : IAsyncDisposable
{
    public const string Contoso = "5c1f0e9a-7b2d-4e83-9a61-3f4d2b8c0e17";
    public const string Fabrikam = "a8d3f6c2-15e9-4b7a-9c04-7e2b1f5d8a63";
    public const string LoyaltySource = "b2c8f4a1-6e3d-4d9b-a7f0-5c1e8d2b6a93";
    public const string ContactsSource = "0f6a2d4e-91c3-4b57-8e2a-6d1c9b3f7a05";
    public const string SubscriptionKey = "emulator-test-key";

    private readonly string _folder = Directory.CreateTempSubdirectory("ci-emulator-").FullName;
    private EmulatorHost? _host;
    private HttpClient? _client;

    private EmulatorFixture(TestClock clock)
    {
        Clock = clock;
    }

    public TestClock Clock { get; }

    public string DataFile => Path.Combine(_folder, "emulator.db");

    public EmulatorHost Host => _host ?? throw new InvalidOperationException("The emulator is not running.");

    /// <summary>Checks every answer against the definition; its CheckedOperations grow as tests call operations.</summary>
    public ResponseConformanceHandler Conformance { get; private set; } = null!;

    /// <summary>The typed client of connector/client, authenticated like a real connection.</summary>
    public CustomerInsightsClient Client { get; private set; } = null!;

    /// <summary>A raw client of the service root (…/v1/) sending the bearer token and subscription key.</summary>
    public HttpClient Http => _client ?? throw new InvalidOperationException("The emulator is not running.");

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<EmulatorFixture> StartAsync(TestClock? clock = null)
    {
        var fixture = new EmulatorFixture(clock ?? new TestClock());
        await fixture.StartHostAsync();
        return fixture;
    }

    /// <summary>Stops the emulator and starts a new one on the same data file (the clock goes on).</summary>
    public async Task RestartAsync()
    {
        await StopHostAsync();
        await StartHostAsync();
    }

    /// <summary>Moves fake time from timer to timer until <paramref name="done"/> completes (see <see cref="TestClock"/>).</summary>
    public Task RunUntilAsync(Task done) => Clock.RunUntilAsync(done, new DeliveryProbe(this), Token);

    /// <summary>Lets at least <paramref name="span"/> of fake time pass, every timer on the way firing in turn.</summary>
    public Task RunForAsync(TimeSpan span) => Clock.RunForAsync(span, new DeliveryProbe(this), Token);

    public async Task<JsonObject> ControlAsync(HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, new Uri(Host.BaseAddress, "control/" + path)) { Content = JsonContent.Create(body) };
        using var plain = new HttpClient();
        using var response = await plain.SendAsync(request, Token);
        var text = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"{method} /control/{path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Idle means the outbox worker of the running emulator is idle; a stopped emulator does nothing.</summary>
    private sealed class DeliveryProbe(EmulatorFixture fixture) : IIdleProbe
    {
        public bool IsIdle => fixture._host is not { } host || host.Services.GetRequiredService<DeliveryActivity>().IsIdle;

        public Task WhenIdleAsync() => fixture._host is not { } host ? Task.CompletedTask : host.Services.GetRequiredService<DeliveryActivity>().WhenIdleAsync();
    }

    private async Task StartHostAsync()
    {
        _host = await EmulatorHost.StartAsync(new EmulatorSettings { Urls = ["http://127.0.0.1:0"], DataFile = DataFile, TimeProvider = Clock }, Token);
        Conformance = new ResponseConformanceHandler(_host.Services.GetRequiredService<EmulatedConnector>());
        _client = new HttpClient(Conformance, disposeHandler: true) { BaseAddress = _host.ServiceRoot };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "emulator-test-token");
        _client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", SubscriptionKey);
        Client = new CustomerInsightsClient(_client, new CustomerInsightsClientOptions
        {
            Endpoint = _host.ServiceRoot,
            SubscriptionKey = SubscriptionKey,
            AccessTokenProvider = _ => ValueTask.FromResult("emulator-test-token"),
            TimeProvider = Clock,
            MaxRetries = 0,
        });
    }

    private async Task StopHostAsync()
    {
        _client?.Dispose();
        _client = null;
        if (_host is { } host)
        {
            _host = null;
            await host.DisposeAsync();
        }
    }
}
