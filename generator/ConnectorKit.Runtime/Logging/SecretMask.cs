namespace ConnectorKit.Runtime.Logging;

/// <summary>
/// The connection's secret values (secure strings, the OAuth token, the API key, passwords): the log replaces each
/// with <c>***</c>. Values shorter than four characters are not masked, as they would mask ordinary text.
/// </summary>
public sealed class SecretMask(IEnumerable<string> secrets)
{
    public const string Mask = "***";

    public static SecretMask None { get; } = new([]);

    private readonly string[] _secrets = [.. secrets.Where(s => s.Length >= 4).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];

    public string Apply(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
