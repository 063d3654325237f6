using System.Globalization;
using System.Runtime.InteropServices;
using ConnectorKit.Bench.Runtime;
using ConnectorKit.Runtime.Hosting;

// Requests per second for a simple GET (ListInstances) through the local runtime (with a setheader policy and a bearer
// token, as the Customer Insights connector has) against straight to the backend, and through a bare proxy that only
// forwards (the cost of the extra hop itself), all on loopback, alternating runs.
var seconds = Option("--seconds", 10);
var concurrency = Option("--concurrency", 16);
var latencyMs = Option("--latency-ms", 0);
var rounds = Option("--rounds", 2);

await using var backend = await BenchBackend.StartAsync(TimeSpan.FromMilliseconds(latencyMs));
await using var bare = await BareProxy.StartAsync(backend.Origin);
var connector = BenchConnector.Write();
try
{
    await using var runtime = await RuntimeHost.StartAsync(new RuntimeSettings
    {
        ConnectorPath = connector,
        Port = 0,
        Backend = backend.Origin,
        Environment = name => name switch
        {
            "CONNECTORKIT_CONNECTION_SUBSCRIPTIONKEY" => "bench-key",
            "CONNECTORKIT_CONNECTION_TOKEN" => "bench-token",
            _ => null,
        },
    });
    using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2, UseProxy = false });
    var direct = new Uri(backend.Origin, "v1/instances");
    var through = new Uri(runtime.Root, "instances");
    var bareHop = new Uri(bare.Origin, "v1/instances");
    Console.WriteLine($"machine: {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} core(s), .NET {Environment.Version}; load before: {LoadAverage()}");
    Console.WriteLine($"settings: {concurrency} concurrent callers, {seconds} s per run, {rounds} round(s), backend latency {latencyMs} ms");
    await LoadRun.RequestsPerSecondAsync(client, direct, concurrency, TimeSpan.FromSeconds(2));
    await LoadRun.RequestsPerSecondAsync(client, through, concurrency, TimeSpan.FromSeconds(2));
    await LoadRun.RequestsPerSecondAsync(client, bareHop, concurrency, TimeSpan.FromSeconds(2));

    var directRates = new List<double>();
    var runtimeRates = new List<double>();
    var bareRates = new List<double>();
    for (var round = 1; round <= rounds; round++)
    {
        directRates.Add(await LoadRun.RequestsPerSecondAsync(client, direct, concurrency, TimeSpan.FromSeconds(seconds)));
        runtimeRates.Add(await LoadRun.RequestsPerSecondAsync(client, through, concurrency, TimeSpan.FromSeconds(seconds)));
        bareRates.Add(await LoadRun.RequestsPerSecondAsync(client, bareHop, concurrency, TimeSpan.FromSeconds(seconds)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"round {round}: direct {directRates[^1]:0} req/s, through the runtime {runtimeRates[^1]:0} req/s, through a bare proxy {bareRates[^1]:0} req/s"));
    }

    var overhead = 1 - (runtimeRates.Average() / directRates.Average());
    var hop = 1 - (bareRates.Average() / directRates.Average());
    var beyondHop = 1 - (runtimeRates.Average() / bareRates.Average());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"direct {directRates.Average():0} req/s, through the runtime {runtimeRates.Average():0} req/s: {overhead:P1} fewer requests per second (goal: at most 10 %); load after: {LoadAverage()}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"the extra hop alone (a bare proxy, {bareRates.Average():0} req/s) costs {hop:P1}; the runtime's own work costs {beyondHop:P1} against the bare proxy"));
}
finally
{
    Directory.Delete(connector, recursive: true);
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
