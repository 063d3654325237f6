using ConnectorKit.ScriptHost.Protocol;

namespace ConnectorKit.Runtime.Scripting;

/// <summary>How one run of a script ended.</summary>
public abstract record ScriptOutcome
{
    /// <summary>The script returned a response.</summary>
    public sealed record Completed(WireResponse Response) : ScriptOutcome;

    /// <summary>The script threw; <see cref="Description"/> names the exception and the script line.</summary>
    public sealed record Threw(string Description) : ScriptOutcome;

    /// <summary>The script ran past the time limit and its worker was killed.</summary>
    public sealed record TimedOut(TimeSpan Limit) : ScriptOutcome;

    /// <summary>The worker died or broke the protocol (a stack overflow, a crash, a script writing to the raw output).</summary>
    public sealed record Crashed(string Reason) : ScriptOutcome;
}
