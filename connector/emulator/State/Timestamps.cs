using System.Globalization;

namespace CustomerInsights.Emulator.State;

/// <summary>Times as the emulator stores and answers them: RFC 3339 in UTC with milliseconds, which sort as text.</summary>
public static class Timestamps
{
    public static string Format(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    /// <summary>A stored or seeded time in the stored form; null stays null.</summary>
    public static string? Normalize(string? text) => text is not null && TryParse(text, out var time) ? Format(time) : text;
}
