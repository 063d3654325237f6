using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConnectorKit.Json;

namespace ConnectorKit.Import.Postman;

/// <summary>
/// Reading a Postman collection's loose values: a description is text or <c>{ content }</c>; key-value lists are
/// arrays of <c>{ key, value }</c> (v2.1 auth too) or, in v2.0 auth, an object; <c>{{name}}</c> names a variable,
/// replaced by the collection's value for it when it has one.
/// </summary>
internal sealed partial class PostmanValues
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);

    public PostmanValues(JsonNode? collection)
    {
        foreach (var variable in collection.Child("variable").ArrayOrNull() ?? [])
        {
            if ((variable.Child("key") ?? variable.Child("id")).StringOrNull() is { } key && Scalar(variable.Child("value")) is { } value)
            {
                _variables[key] = value;
            }
        }
    }

    public static string? Text(JsonNode? description) => description.StringOrNull() ?? description.Child("content").StringOrNull();

    /// <summary>A scalar as text (Postman writes numbers and booleans in some values).</summary>
    public static string? Scalar(JsonNode? node) => node switch
    {
        JsonValue value when value.StringOrNull() is { } text => text,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    /// <summary>The value of <paramref name="key"/> in a key-value list (v2.1) or object (v2.0).</summary>
    public static string? Setting(JsonNode? settings, string key) => settings switch
    {
        JsonArray list => Scalar(list.FirstOrDefault(e => e.Child("key").StringOrNull() == key).Child("value")),
        JsonObject map => Scalar(map[key]),
        _ => null,
    };

    /// <summary>The text with each variable the collection defines replaced; unknown variables stay <c>{{name}}</c>.</summary>
    public string Resolve(string text) =>
        VariableReference().Replace(text, m => _variables.TryGetValue(m.Groups[1].Value.Trim(), out var value) && !VariableReference().IsMatch(value) ? value : m.Value);

    /// <summary>The name of the one variable a text consists of (<c>{{userId}}</c>), or null.</summary>
    public static string? WholeVariable(string text) => VariableReference().Match(text) is { Success: true } m && m.Length == text.Length ? m.Groups[1].Value.Trim() : null;

    public static bool HasVariable(string text) => VariableReference().IsMatch(text);

    [GeneratedRegex(@"\{\{([^{}]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex VariableReference();
}
