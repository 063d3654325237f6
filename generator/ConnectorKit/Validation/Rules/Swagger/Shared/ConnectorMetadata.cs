using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>One entry of the root <c>x-ms-connector-metadata</c> list.</summary>
internal readonly record struct MetadataEntry(string Name, JsonNode? Value, string Pointer)
{
    public string ValuePointer => JsonPointer.Append(Pointer, "propertyValue");
}

/// <summary>
/// The connector metadata certification asks for (Learn, "Certification submission", step 3b): <c>Website</c>,
/// <c>Privacy policy</c> and <c>Categories</c>, a semicolon-separated list of at most two of a fixed set.
/// </summary>
internal static class ConnectorMetadata
{
    public const string Key = "x-ms-connector-metadata";
    public const string Pointer = "/" + Key;
    public const int MaxCategories = 2;

    public static readonly IReadOnlyList<string> RequiredNames = ["Website", "Privacy policy", "Categories"];

    public static readonly IReadOnlyList<string> Categories =
    [
        "AI", "Business Management", "Business Intelligence", "Collaboration", "Commerce", "Communication", "Content and Files",
        "Finance", "Data", "Human Resources", "Internet of Things", "IT Operations", "Lifestyle and Entertainment", "Marketing",
        "Productivity", "Sales and CRM", "Security", "Social Media", "Website",
    ];

    public static IEnumerable<MetadataEntry> Entries(JsonObject root)
    {
        var entries = root[Key].ArrayOrNull() ?? [];
        for (var index = 0; index < entries.Count; index++)
        {
            if (entries[index] is JsonObject entry && entry.Child("propertyName").StringOrNull() is { } name)
            {
                yield return new MetadataEntry(name, entry.Child("propertyValue"), JsonPointer.Append(Pointer, index));
            }
        }
    }

    /// <summary>The category names of a <c>Categories</c> value, trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> SplitCategories(string value) =>
        [.. value.Split(';').Select(c => c.Trim()).Where(c => c.Length > 0)];
}
