using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ConnectorKit.Reporting;

/// <summary>
/// Stable identities for findings: a hash of code, file and message (the message names the operation, parameter or
/// key, never a line), with a counter for findings that would otherwise share one, in report order.
/// </summary>
internal sealed class FindingFingerprints
{
    public const string Key = "connectorkit/v1";

    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    public string Next(string code, string fileUri, string message)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{code}\n{fileUri}\n{message}")))[..32];
        var occurrence = _seen.TryGetValue(hash, out var count) ? count + 1 : 1;
        _seen[hash] = occurrence;
        return occurrence == 1 ? hash : string.Create(CultureInfo.InvariantCulture, $"{hash}:{occurrence}");
    }
}
