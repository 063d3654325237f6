using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomerInsights.Emulator.Tests.TestSupport;

/// <summary>A notification as the receiver got it: the callback path, the idempotency key header and the JSON body.</summary>
public sealed record ReceivedNotification(string Path, string? IdempotencyKey, JsonObject Body);

/// <summary>
/// A real webhook receiver on 127.0.0.1 (a Kestrel host on a free port) that records every notification posted to
/// it. <see cref="GoDown"/> makes it answer 503 Service Unavailable to everything, recording nothing, until
/// <see cref="ComeBack"/>: a receiver that is down for a while. (Closing the port instead is no outage on Linux: a
/// client retrying a closed port in the ephemeral range can connect to itself and hang.)
/// </summary>
public sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly List<ReceivedNotification> _received = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private WebApplication? _app;
    private int _port;
    private volatile bool _down;

    public Uri BaseAddress => new($"http://127.0.0.1:{_port}/");

    public IReadOnlyList<ReceivedNotification> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<NotificationReceiver> StartNewAsync()
    {
        var receiver = new NotificationReceiver();
        await receiver.StartAsync();
        return receiver;
    }

    /// <summary>A callback URL of this receiver; the path tells subscriptions apart.</summary>
    public string Callback(string name) => new Uri(BaseAddress, "hooks/" + name).ToString();

    /// <summary>Completes once at least <paramref name="count"/> notifications have arrived.</summary>
    public Task WaitForCountAsync(int count)
    {
        lock (_lock)
        {
            if (_received.Count >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task;
        }
    }

    public void GoDown() => _down = true;

    public void ComeBack() => _down = false;

    private async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/hooks/{name}", async (HttpContext context) =>
        {
            if (_down)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            var body = await JsonNode.ParseAsync(context.Request.Body);
            Record(new ReceivedNotification(context.Request.Path, context.Request.Headers["Idempotency-Key"].FirstOrDefault(), (JsonObject)body!));
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _port = new Uri(address).Port;
        _app = app;
    }

    private async Task StopAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private void Record(ReceivedNotification notification)
    {
        lock (_lock)
        {
            _received.Add(notification);
            foreach (var waiter in _waiters.Where(w => _received.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }
}
