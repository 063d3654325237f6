using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConnectorKit.Triggers.Tests.TestSupport;

/// <summary>
/// A tiny fake of a webhook service on 127.0.0.1: POST to the subscribe path records the body and answers 201 with a
/// Location (or the status the test asks for); once the answer is sent, it posts the given notifications to the
/// callback URL found in the body; DELETE to the Location is recorded and answered 200.
/// </summary>
public sealed class FakeWebhookService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<string> _deleted = [];
    private readonly List<string?> _deleteApiKeys = [];

    private FakeWebhookService(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public JsonObject? SubscribeBody { get; private set; }

    /// <summary>The api_key header of each DELETE (null when it had none).</summary>
    public IReadOnlyList<string?> DeleteApiKeys
    {
        get
        {
            lock (_deleted)
            {
                return [.. _deleteApiKeys];
            }
        }
    }

    public IReadOnlyDictionary<string, string> SubscribeHeaders { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Deleted
    {
        get
        {
            lock (_deleted)
            {
                return [.. _deleted];
            }
        }
    }

    /// <summary>
    /// Starts the fake: <paramref name="callbackOf"/> finds the callback URL in a subscribe body; the Location names the
    /// service by <paramref name="locationHost"/> (its own address when null).
    /// </summary>
    public static async Task<FakeWebhookService> StartAsync(
        string subscribePath,
        Func<JsonObject, string> callbackOf,
        IReadOnlyList<JsonNode> notifications,
        HttpStatusCode subscribeStatus = HttpStatusCode.Created,
        string? locationHost = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var service = new FakeWebhookService(app);
        app.MapPost(subscribePath, async (HttpContext context) =>
        {
            var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            service.SubscribeBody = body;
            service.SubscribeHeaders = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var hook = Guid.NewGuid().ToString("N");
            var locationBase = locationHost is null ? service.BaseAddress : new UriBuilder(service.BaseAddress) { Host = locationHost }.Uri;
            context.Response.Headers.Location = new Uri(locationBase, "hooks/" + hook).ToString();
            var callback = callbackOf(body);
            context.Response.OnCompleted(() => service.NotifyAsync(callback, notifications));
            return Results.Json(new { id = hook }, statusCode: (int)subscribeStatus);
        });
        app.MapDelete("/hooks/{hook}", (string hook, HttpContext context) =>
        {
            lock (service._deleted)
            {
                service._deleted.Add(hook);
                service._deleteApiKeys.Add(context.Request.Headers["api_key"].FirstOrDefault());
            }

            return Results.Ok();
        });
        await app.StartAsync();
        service.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/");
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task NotifyAsync(string callback, IReadOnlyList<JsonNode> notifications)
    {
        using var client = new HttpClient();
        foreach (var notification in notifications)
        {
            using var response = await client.PostAsJsonAsync(callback, notification);
        }
    }
}
