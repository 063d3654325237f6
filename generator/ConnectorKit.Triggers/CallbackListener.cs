using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConnectorKit.Triggers;

/// <summary>A notification as the callback listener received it.</summary>
public sealed record ReceivedCallback(string Path, string? IdempotencyKey, string? ContentType, byte[] Body);

/// <summary>
/// The local callback URL of a subscription: a Kestrel listener on a loopback address that accepts POSTs, answers
/// 202 at once (as Power Automate does) and queues each notification for the harness.
/// </summary>
public sealed class CallbackListener : IAsyncDisposable
{
    // Larger notifications are refused with 413 rather than read.
    private const int MaxNotificationBytes = 4 << 20;

    private readonly WebApplication _app;
    private readonly Channel<ReceivedCallback> _received;

    private CallbackListener(WebApplication app, Channel<ReceivedCallback> received, Uri baseAddress)
    {
        _app = app;
        _received = received;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public ChannelReader<ReceivedCallback> Received => _received.Reader;

    /// <summary>Listens on <paramref name="address"/> (port 0 picks a free one) on loopback only.</summary>
    public static async Task<CallbackListener> StartAsync(IPEndPoint address, CancellationToken cancellationToken)
    {
        if (!IPAddress.IsLoopback(address.Address))
        {
            throw new ArgumentException($"The callback listener listens on loopback only, not on {address}.", nameof(address));
        }

        var received = Channel.CreateUnbounded<ReceivedCallback>();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxNotificationBytes;
            kestrel.Listen(address);
        });
        var app = builder.Build();
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            await received.Writer.WriteAsync(new ReceivedCallback(context.Request.Path, context.Request.Headers["Idempotency-Key"].FirstOrDefault(),
                context.Request.ContentType, buffer.ToArray()), context.RequestAborted).ConfigureAwait(false);
            return Results.Accepted();
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CallbackListener(app, received, new Uri(bound.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        _received.Writer.TryComplete();
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
