using Microsoft.Extensions.Logging;

namespace CustomerInsights.Emulator.Hosting;

/// <summary>
/// Writes the emulator's log to a text writer, one line per entry, so the command line shows deliveries as they
/// happen: the emulator's own entries from Information up, the framework's (Microsoft.*, System.*) from Warning up.
/// Polly's per-attempt entries are left out: the outbox worker logs each failed delivery with its next attempt.
/// </summary>
public sealed class TextWriterLoggerProvider(TextWriter writer) : ILoggerProvider
{
    private readonly Lock _lock = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, MinimumLevel(categoryName));

    private static LogLevel MinimumLevel(string category) => category switch
    {
        _ when category.StartsWith("Polly", StringComparison.Ordinal) => LogLevel.None,
        _ when category.StartsWith("Microsoft.", StringComparison.Ordinal) || category.StartsWith("System.", StringComparison.Ordinal) => LogLevel.Warning,
        _ => LogLevel.Information,
    };

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string message)
    {
        var prefix = level switch
        {
            LogLevel.Warning => "warn",
            LogLevel.Error or LogLevel.Critical => "fail",
            _ => "info",
        };
        lock (_lock)
        {
            writer.Write(prefix + ": " + message + "\n");
            writer.Flush();
        }
    }

    private sealed class Logger(TextWriterLoggerProvider provider, LogLevel minimum) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(logLevel, formatter(state, exception) + (exception is null ? string.Empty : " " + exception.Message));
            }
        }
    }
}
