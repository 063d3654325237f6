using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConnectorKit.Runtime.Polling;

/// <summary>
/// Polls a polling trigger as Power Automate does, through the runtime (or any endpoint): it calls the trigger,
/// treats 200 as the trigger firing with the body's items and 202 as "nothing new", follows the Location the answer
/// gives (the trigger's state) and waits the Retry-After it asks for (else the default interval) before the next call.
/// An error answer fires nothing and the same address is polled again. The waiting is given in, so a caller decides
/// how time passes (the CLI waits; tests do not).
/// </summary>
public sealed class PollingTriggerClient(HttpClient http, Func<TimeSpan, CancellationToken, Task> wait, TimeSpan defaultInterval)
{
    /// <summary>Polls from <paramref name="first"/> until <paramref name="onPoll"/> returns false or the token is cancelled.</summary>
    public async Task RunAsync(Uri first, Func<PollResult, Task<bool>> onPoll, CancellationToken cancellationToken)
    {
        var address = first;
        for (var number = 1; ; number++)
        {
            using var response = await http.GetAsync(address, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var next = status is 200 or 202 && response.Headers.Location is { } location ? new Uri(address, location) : address;
            var delay = response.Headers.RetryAfter?.Delta ?? defaultInterval;
            var result = new PollResult(number, address, status, status == (int)HttpStatusCode.OK, Parse(text), status >= 400 ? text : null, next, delay);
            if (!await onPoll(result).ConfigureAwait(false))
            {
                return;
            }

            await wait(delay, cancellationToken).ConfigureAwait(false);
            address = next;
        }
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>One poll: its number and address, the status, whether the trigger fired (and with what body), the error text of a failed poll, and where and when the next poll goes.</summary>
public sealed record PollResult(int Number, Uri Address, int Status, bool Fired, JsonNode? Body, string? Error, Uri Next, TimeSpan Delay);
