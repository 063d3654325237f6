using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Packaging;

/// <summary>
/// Whether uploading a connector needs its OAuth client secret, and whether paconn can place it. paconn's
/// <c>--secret</c> replaces <c>clientSecret</c> only in a connection parameter named <c>token</c> (of the connector or
/// of each parameter set); anything else is uploaded as the file says, which for a model is a placeholder.
/// </summary>
public sealed record OAuthSecretNeed(bool Needed, IReadOnlyList<string> ParametersPaconnCannotFill)
{
    /// <summary>The connection parameter whose clientSecret paconn replaces with <c>--secret</c>.</summary>
    public const string PaconnSecretParameter = "token";

    public static OAuthSecretNeed Of(ConnectorDefinition definition)
    {
        var oauth = definition.Properties.AllConnectionParameters().Where(p => p.Node.Child("oAuthSettings") is JsonObject).ToList();
        return new OAuthSecretNeed(
            oauth.Count > 0,
            [.. oauth.Where(p => p.Name != PaconnSecretParameter).Select(p => p.Name).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>Text that stands for a secret rather than being one: empty, or written [[...]], &lt;...&gt; or {...}.</summary>
    public static bool IsPlaceholder(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0
            || (trimmed.StartsWith("[[", StringComparison.Ordinal) && trimmed.EndsWith("]]", StringComparison.Ordinal))
            || (trimmed.StartsWith('<') && trimmed.EndsWith('>'))
            || (trimmed.StartsWith('{') && trimmed.EndsWith('}'));
    }
}
