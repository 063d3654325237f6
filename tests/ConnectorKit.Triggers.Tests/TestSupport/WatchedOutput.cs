namespace ConnectorKit.Triggers.Tests.TestSupport;

/// <summary>
/// The harness's output, with a task that completes once a line starting with a given prefix has been written: a test
/// waits for what the harness has done ("subscribed:") instead of for a state of the service, which the service
/// reaches before the harness has read its answer.
/// </summary>
public sealed class WatchedOutput(string prefix) : StringWriter
{
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Seen => _seen.Task;

    public override string NewLine => "\n";

    public override void Write(string? value)
    {
        lock (this)
        {
            base.Write(value);
        }

        if (value is not null && value.StartsWith(prefix, StringComparison.Ordinal))
        {
            _seen.TrySetResult();
        }
    }

    public override string ToString()
    {
        lock (this)
        {
            return base.ToString();
        }
    }
}
