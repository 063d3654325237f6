using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConnectorKit.Bench.Runtime;

/// <summary>
/// The floor of any local runtime: a Kestrel host that passes each GET to the backend with a pooled handler and copies
/// the answer back, and does nothing else (no matching, parameters, policies or log). What it costs is the extra
/// loopback hop itself; what the runtime costs beyond it is the runtime's own work.
/// </summary>
internal sealed class BareProxy(WebApplication app, HttpMessageInvoker invoker, Uri origin) : IAsyncDisposable
{
    public Uri Origin { get; } = origin;

    public static async Task<BareProxy> StartAsync(Uri backend)
    {
        var invoker = new HttpMessageInvoker(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false });
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async context =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(backend, context.Request.Path + context.Request.QueryString));
            using var answer = await invoker.SendAsync(request, context.RequestAborted);
            var body = await answer.Content.ReadAsByteArrayAsync(context.RequestAborted);
            context.Response.StatusCode = (int)answer.StatusCode;
            context.Response.ContentType = answer.Content.Headers.ContentType?.ToString();
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BareProxy(app, invoker, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        invoker.Dispose();
    }
}
