using ConnectorKit.Runtime.Logging;

namespace ConnectorKit.Runtime.Connections;

/// <summary>
/// The values of a connection, by connection parameter name (<c>token</c> is the OAuth bearer token), and which of
/// them are secrets the log masks.
/// </summary>
public sealed class ConnectionValues(IReadOnlyDictionary<string, string> values, IReadOnlySet<string> secretNames)
{
    /// <summary>The name of the OAuth token, as the platform names an oauthSetting connection parameter.</summary>
    public const string TokenName = "token";

    public static ConnectionValues Empty { get; } = new(new Dictionary<string, string>(), new HashSet<string>());

    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public string? Get(string name) => Values.TryGetValue(name, out var value) ? value : null;

    public SecretMask Mask => new(secretNames.Select(Get).OfType<string>());
}
