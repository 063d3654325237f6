using ConnectorKit.ScriptHost.Protocol;
using Microsoft.Extensions.Logging;

namespace ConnectorKit.ScriptHost.Execution;

/// <summary>The script's <c>Context.Logger</c>: each line goes to the runtime, which writes it into its log.</summary>
internal sealed class WorkerLogger(MessageChannel channel) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var text = formatter(state, exception);
        if (exception is not null)
        {
            text += " " + exception.GetType().Name + ": " + exception.Message;
        }

        Send(channel, logLevel.ToString(), text);
    }

    /// <summary>Fire and forget: a script that logs must not wait on the runtime, and a closed channel ends the worker anyway.</summary>
    public static void Send(MessageChannel channel, string level, string text) =>
        _ = channel.WriteAsync(new WorkerMessage { Kind = WorkerMessageKind.Log, Level = level, Text = text });
}
