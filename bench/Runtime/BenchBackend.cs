using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConnectorKit.Bench.Runtime;

/// <summary>The backend of the benchmark: GET /v1/instances answers a small JSON list after an optional delay (a service's own latency).</summary>
internal sealed class BenchBackend(WebApplication app, Uri origin) : IAsyncDisposable
{
    public const string Body = """[{"instanceId":"5c1f0e9a-7b2d-4e83-9a61-3f4d2b8c0e17","name":"Contoso Retail","instanceType":"production"}]""";

    public Uri Origin { get; } = origin;

    public static async Task<BenchBackend> StartAsync(TimeSpan latency)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/v1/instances", async (HttpContext context) =>
        {
            if (latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, context.RequestAborted);
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Body, context.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchBackend(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
