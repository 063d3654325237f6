using System.Net;
using CustomerInsights.FlowReceiver.Hosting;

// dotnet run --project samples/flows/FlowReceiver [-- --urls http://127.0.0.1:5090]: prints the Teams card or email of
// each notification posted to /flows/{flow}; see samples/flows/README.md.
var url = args.Length == 2 && args[0] == "--urls" ? args[1] : args.Length == 0 ? "http://127.0.0.1:5090" : null;
if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != "http"
    || !IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) || !IPAddress.IsLoopback(address))
{
    Console.Error.Write("Usage: CustomerInsights.FlowReceiver [--urls http://127.0.0.1:PORT] (a loopback http address)\n");
    return 2;
}

await using var host = await FlowReceiverHost.StartAsync(new IPEndPoint(address, uri.Port), Console.Out, CancellationToken.None);
Console.Out.Write($"Flow receiver: POST a notification to {host.BaseAddress}flows/{{flow}}; GET {host.BaseAddress}flows lists the flows. Press Ctrl+C to stop.\n");
await host.WaitForShutdownAsync(CancellationToken.None);
return 0;
