namespace ConnectorKit.Triggers;

/// <summary>How a harness run ended: what was received and what was wrong.</summary>
public sealed record TriggerRunResult(bool UsageError, bool Subscribed, bool Unsubscribed, int Notifications, int Errors)
{
    /// <summary>0 when subscribed, every notification (or firing) conformed and the subscription was deleted; 2 for bad arguments; 1 otherwise.</summary>
    public int ExitCode => UsageError ? 2 : Subscribed && Unsubscribed && Errors == 0 ? 0 : 1;

    public static TriggerRunResult Usage() => new(true, false, false, 0, 1);

    /// <summary>A polling trigger's run: there is no subscription to make or end, so only its errors decide; Notifications counts its firings.</summary>
    public static TriggerRunResult Polled(int firings, int errors) => new(false, true, true, firings, errors);
}
