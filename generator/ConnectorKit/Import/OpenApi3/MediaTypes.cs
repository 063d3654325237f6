using Microsoft.OpenApi;

namespace ConnectorKit.Import.OpenApi3;

/// <summary>
/// OpenAPI 3 gives a body or response one schema per media type; Swagger 2.0 one schema for all the media types of
/// the operation's <c>consumes</c> or <c>produces</c>. The schema kept is a JSON one when there is one (what a flow
/// works with), else the first.
/// </summary>
internal static class MediaTypes
{
    public const string UrlEncoded = "application/x-www-form-urlencoded";
    public const string Multipart = "multipart/form-data";

    public static bool IsJson(string mediaType)
    {
        var type = Essence(mediaType);
        return type is "application/json" or "text/json" or "*/*" or "application/*" || type.EndsWith("+json", StringComparison.Ordinal);
    }

    public static bool IsForm(string mediaType) => Essence(mediaType) is UrlEncoded or Multipart;

    /// <summary>The media type whose schema the body or response keeps; null for no content.</summary>
    public static KeyValuePair<string, IOpenApiMediaType>? Choose(IDictionary<string, IOpenApiMediaType>? content)
    {
        if (content is not { Count: > 0 })
        {
            return null;
        }

        foreach (var entry in content)
        {
            if (IsJson(entry.Key))
            {
                return entry;
            }
        }

        return content.First();
    }

    /// <summary>The type and subtype, lower case, without parameters (<c>application/json; charset=utf-8</c> is JSON).</summary>
    public static string Essence(string mediaType) => mediaType.Split(';')[0].Trim().ToLowerInvariant();
}
