using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Import;

/// <summary>
/// How the newer twin of a picker or dynamic schema (<c>x-ms-dynamic-list</c>, <c>x-ms-dynamic-properties</c>) names
/// the inputs the older form takes from parameters: a prefix shared by most (<c>body/</c> in
/// <c>parameterReference: body/store</c> for <c>parameter: store</c>), and a reference of its own for each other one.
/// </summary>
internal sealed record TwinNaming(string? Prefix, IReadOnlyDictionary<string, string> References)
{
    /// <summary>The naming with the fewest references of their own: with the prefix most inputs share, or none.</summary>
    public static TwinNaming Of(JsonNode? olderInputs, JsonNode? newerInputs)
    {
        var named = ParameterInputs(olderInputs)
            .Select(p => (p.Name, p.Parameter, Reference: newerInputs.Child(p.Name).Child("parameterReference").Text()))
            .Where(p => p.Reference is not null)
            .ToList();
        var prefixes = named
            .Where(p => p.Reference!.Length > p.Parameter.Length && p.Reference.EndsWith(p.Parameter, StringComparison.Ordinal))
            .Select(p => p.Reference![..^p.Parameter.Length])
            .Distinct(StringComparer.Ordinal);
        return new string?[] { null }.Concat(prefixes)
            .Select(prefix => new TwinNaming(prefix, named
                .Where(p => (prefix + p.Parameter) != p.Reference)
                .ToDictionary(p => p.Name, p => p.Reference!, StringComparer.Ordinal)))
            .OrderBy(naming => naming.References.Count)
            .ThenBy(naming => naming.Prefix is null ? 0 : 1)
            .First();
    }

    /// <summary>Writes <c>referencePrefix</c> and <c>references</c> into the picker or dynamic schema, when they say anything.</summary>
    public void WriteTo(JsonObject typed)
    {
        typed.Put("referencePrefix", Prefix);
        if (References.Count > 0)
        {
            typed["references"] = new JsonObject(References.Select(r => KeyValuePair.Create(r.Key, (JsonNode?)r.Value)));
        }
    }

    private static IEnumerable<(string Name, string Parameter)> ParameterInputs(JsonNode? inputs) =>
        (inputs as JsonObject ?? [])
            .Where(p => p.Value.Child("parameter").Text() is { Length: > 0 })
            .Select(p => (p.Key, p.Value.Child("parameter").Text()!));
}
