using CustomerInsights.Emulator.Delivery;
using Microsoft.Extensions.Logging;

namespace CustomerInsights.Emulator.Hosting;

/// <summary>How to run the emulator: where it listens, where its state lives, and its clock.</summary>
public sealed record EmulatorSettings
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Loopback http URLs; port 0 picks a free port (read it back from <see cref="EmulatorHost.BaseAddress"/>).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>The SQLite file that keeps the state across restarts; null keeps it in memory until the emulator stops.</summary>
    public string? DataFile { get; init; }

    /// <summary>The clock of everything time-dependent: the rate limit, event times, delivery backoff and scheduling.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public DeliveryOptions Delivery { get; init; } = new();

    /// <summary>The documented limit of the service: this many calls per connection in <see cref="RateLimitWindow"/>.</summary>
    public int RateLimitPermits { get; init; } = 100;

    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Where the emulator logs; null logs nothing.</summary>
    public Action<ILoggingBuilder>? Logging { get; init; }
}
