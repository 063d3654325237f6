using System.Globalization;
using System.Net.Mail;

namespace ConnectorKit.Conformance;

/// <summary>The Swagger 2.0 string formats a value can be checked against; unknown formats accept anything.</summary>
internal static class StringFormats
{
    public static bool Matches(string format, string value) => format switch
    {
        "uuid" or "guid" => Guid.TryParseExact(value, "D", out _),
        "date-time" => IsDateTime(value),
        "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "email" => IsEmail(value),
        "uri" => IsAbsoluteUri(value),
        "byte" => IsBase64(value),
        _ => true,
    };

    /// <summary>RFC 3339: a date, 'T', a time and an offset or 'Z'.</summary>
    private static bool IsDateTime(string value) =>
        value.Length >= 20 && (value[10] == 'T' || value[10] == 't')
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _)
        && (value.EndsWith('Z') || value.EndsWith('z') || value[^6] is '+' or '-');

    /// <summary>An absolute URI that names its scheme (on Unix, .NET also takes "/path" for an absolute file URI).</summary>
    private static bool IsAbsoluteUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && value.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase);

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.');

    private static bool IsBase64(string value)
    {
        var buffer = new byte[(value.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(value, buffer, out _);
    }
}
