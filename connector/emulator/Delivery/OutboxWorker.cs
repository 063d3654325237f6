using System.Net.Http.Headers;
using System.Text;
using CustomerInsights.Emulator.Events;
using CustomerInsights.Emulator.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerInsights.Emulator.Delivery;

/// <summary>
/// Posts the outbox's notifications to their callback URLs: each subscription's in event order, each notification
/// until a 2xx answer (then never again), with the same idempotency key on every attempt. Sleeps until the next
/// attempt falls due or an event wakes it; all waiting is on the emulator's <see cref="TimeProvider"/>.
/// </summary>
public sealed class OutboxWorker(
    OutboxStore outbox,
    DeliverySignal signal,
    IHttpClientFactory httpClientFactory,
    DeliveryOptions options,
    DeliveryActivity activity,
    InFlightDeliveries inFlight,
    TimeProvider timeProvider,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    public const string HttpClientName = "notification-delivery";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var seenVersion = signal.Version;
            var due = outbox.Due(timeProvider.GetUtcNow());
            foreach (var entry in due)
            {
                await DeliverAsync(entry, stoppingToken).ConfigureAwait(false);
            }

            if (due.Count == 0)
            {
                await WaitForWorkAsync(seenVersion, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WaitForWorkAsync(long seenVersion, CancellationToken stoppingToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var waits = new List<Task> { signal.WaitAsync(wake.Token) };
        var next = outbox.NextDue();
        if (next is not null)
        {
            var delay = next.Value - timeProvider.GetUtcNow();
            waits.Add(Task.Delay(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, timeProvider, wake.Token));
        }

        try
        {
            activity.Waiting(seenVersion, next);
            await Task.WhenAny(waits).ConfigureAwait(false);
        }
        finally
        {
            activity.Working();
            await wake.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(waits).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    private async Task DeliverAsync(OutboxEntry entry, CancellationToken stoppingToken)
    {
        var delivery = inFlight.Begin(entry.SubscriptionId, stoppingToken);
        try
        {
            await AttemptAsync(entry, delivery.Token, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            inFlight.End(entry.SubscriptionId, delivery);
        }
    }

    private async Task AttemptAsync(OutboxEntry entry, CancellationToken deliveryToken, CancellationToken stoppingToken)
    {
        string failure;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, entry.CallbackUrl)
            {
                Content = new StringContent(entry.Body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            };
            request.Headers.TryAddWithoutValidation(DeliveryOptions.IdempotencyKeyHeader, entry.IdempotencyKey);
            using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, deliveryToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                await outbox.MarkDeliveredAsync(entry, timeProvider.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
                logger.LogInformation("Delivered notification {Key} to {Callback}.", entry.IdempotencyKey, entry.CallbackUrl);
                return;
            }

            failure = $"The callback answered {(int)response.StatusCode} {response.ReasonPhrase}.";
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the notification stays pending and goes out after the next start.
            return;
        }
        catch (OperationCanceledException) when (deliveryToken.IsCancellationRequested)
        {
            logger.LogInformation("Stopped delivering {Key}: its subscription was deleted.", entry.IdempotencyKey);
            return;
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or Polly.ExecutionRejectedException)
        {
            failure = "The callback could not be reached: " + exception.Message;
        }

        var now = timeProvider.GetUtcNow();
        var delay = options.DelayAfterFailedAttempt(entry.Attempts + 1);
        await outbox.MarkFailedAsync(entry, failure, now, delay is { } wait ? now + wait : null, CancellationToken.None).ConfigureAwait(false);
        logger.LogWarning("Notification {Key} to {Callback} failed (attempt {Attempt}): {Failure} {Next}", entry.IdempotencyKey, entry.CallbackUrl,
            entry.Attempts + 1, failure, delay is { } retry ? FormattableString.Invariant($"Next attempt in {retry.TotalSeconds:0.#} s.") : "Abandoned.");
    }
}
