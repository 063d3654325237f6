using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerInsights.FlowReceiver.Rendering;
using CustomerInsights.FlowReceiver.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomerInsights.FlowReceiver.Hosting;

/// <summary>
/// The receiver on a loopback address: POST /flows/{flow} renders the flow's next step for the notification in the
/// body and prints it; GET /flows lists the flows; GET /flows/{flow}/messages lists what was rendered so far.
/// </summary>
public sealed class FlowReceiverHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<RenderedMessage> _messages = [];

    private FlowReceiverHost(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RenderedMessage> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public static async Task<FlowReceiverHost> StartAsync(IPEndPoint address, TextWriter output, CancellationToken cancellationToken)
    {
        if (!IPAddress.IsLoopback(address.Address))
        {
            throw new ArgumentException($"The receiver listens on loopback only, not on {address}.", nameof(address));
        }

        var flows = FlowDefinition.Embedded();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address));
        var app = builder.Build();
        var host = new FlowReceiverHost(app);
        app.MapGet("/flows", () => Results.Json(flows.Values.Select(f => new { flow = f.Name, trigger = f.TriggerOperationId, nextStep = f.ActionName })));
        app.MapGet("/flows/{flow}/messages", (string flow) =>
            Results.Content(new JsonArray([.. host.Messages.Where(m => m.Flow == flow).Select(m => (JsonNode)m.ToJson())]).ToJsonString(), "application/json"));
        app.MapPost("/flows/{flow}", async (string flow, HttpContext context) =>
        {
            if (!flows.TryGetValue(flow, out var definition))
            {
                return Results.NotFound(new { error = $"There is no flow '{flow}'; the flows are {string.Join(", ", flows.Keys)}." });
            }

            JsonNode? notification;
            try
            {
                notification = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            }
            catch (JsonException exception)
            {
                return Results.BadRequest(new { error = "The notification is not JSON: " + exception.Message });
            }

            RenderedMessage message;
            try
            {
                message = MessageRenderer.Render(definition, notification!);
            }
            catch (FormatException exception)
            {
                return Results.UnprocessableEntity(new { error = exception.Message });
            }

            host.Record(message, output);
            return Results.Ok(message.ToJson());
        });
        await app.StartAsync(cancellationToken);
        host.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
        return host;
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private void Record(RenderedMessage message, TextWriter output)
    {
        lock (_messages)
        {
            _messages.Add(message);
            output.Write($"== {message.Flow}: {message.Action}\n{message.Preview}\n");
            output.Flush();
        }
    }
}
