using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Messages;

namespace ConnectorKit.Runtime.Forwarding;

/// <summary>
/// Links the backend hands out, pointed back at the runtime, so the caller's next call goes through the connector too
/// (as the platform does): an address below the backend's host URL (read against it when relative) becomes the same
/// place below the runtime's root; any other address is left alone.
/// </summary>
public static class RuntimeLinks
{
    /// <summary>The link below the runtime's root; null when it does not point below the backend's host URL.</summary>
    public static string? ToRuntime(string link, Uri backendHostUrl, Uri runtimeRoot)
    {
        var backendBase = backendHostUrl.AbsoluteUri.TrimEnd('/');
        return Uri.TryCreate(new Uri(backendBase + "/"), link, out var absolute) && absolute.AbsoluteUri.StartsWith(backendBase, StringComparison.OrdinalIgnoreCase)
            ? runtimeRoot.AbsoluteUri.TrimEnd('/') + absolute.AbsoluteUri[backendBase.Length..]
            : null;
    }

    /// <summary>
    /// A trigger's Location (a polling trigger's state, the subscription a webhook's DELETE ends), rewritten in place;
    /// returns the new value, or null when there was nothing to rewrite.
    /// </summary>
    public static string? RewriteLocation(RuntimeResponse response, Uri backendHostUrl, Uri runtimeRoot)
    {
        if (response.Headers.Get("Location") is not { } location || ToRuntime(location, backendHostUrl, runtimeRoot) is not { } rewritten)
        {
            return null;
        }

        response.Headers.Set("Location", rewritten);
        return rewritten;
    }

    /// <summary>
    /// The next-page link of an <c>x-ms-pageable</c> operation's answer (the body's top-level property
    /// <paramref name="nextLinkName"/>), rewritten in place; returns the new value, or null when there was nothing to
    /// rewrite (no JSON object, no such string property, or a link that is not below the backend's host URL).
    /// </summary>
    public static string? RewriteNextLink(RuntimeResponse response, string nextLinkName, Uri backendHostUrl, Uri runtimeRoot)
    {
        if (response.Body.ReadJson() is not JsonObject body || body[nextLinkName] is not JsonValue link || link.GetValueKind() != JsonValueKind.String
            || ToRuntime(link.GetValue<string>(), backendHostUrl, runtimeRoot) is not { } rewritten)
        {
            return null;
        }

        body[nextLinkName] = rewritten;
        response.Body.WriteJson(body);
        return rewritten;
    }
}
