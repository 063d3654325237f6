using System.Text.Json.Nodes;
using ConnectorKit.Expansion;

namespace ConnectorKit.Hints;

/// <summary>
/// A fix a rule proposes, stated in the definition's terms: the key to add, set or remove (as the swagger or
/// apiProperties spells it, relative to the object it belongs to; '/' separates nested keys), the value it should have
/// and other values that would also do. The rule says what; <see cref="AuthorTerms"/> says it in the words of the input
/// (Swagger keys for a connector folder, model keys for a model) and finds the line. A rule lists the fixes it gives
/// in <c>IValidationRule.Fixes</c>, one static instance each.
/// </summary>
public sealed record KeyFix(FixAction Action, DefinitionFileKind File, string Key, JsonNode? Value, IReadOnlyList<JsonNode> Alternatives)
{
    /// <summary>Write the missing key, with <paramref name="value"/> when the fix knows it.</summary>
    public static KeyFix Add(string key, JsonNode? value = null, params JsonNode[] alternatives) =>
        new(FixAction.Add, DefinitionFileKind.ApiDefinition, key, value, alternatives);

    public static KeyFix Set(string key, JsonNode value, params JsonNode[] alternatives) =>
        new(FixAction.Set, DefinitionFileKind.ApiDefinition, key, value, alternatives);

    public static KeyFix Remove(string key) => new(FixAction.Remove, DefinitionFileKind.ApiDefinition, key, null, []);

    /// <summary>The same fix for a key of apiProperties.json.</summary>
    public KeyFix InApiProperties() => this with { File = DefinitionFileKind.ApiProperties };

    /// <summary>The key's path below the object it belongs to.</summary>
    public IReadOnlyList<string> KeyPath => Key.Split('/');

    /// <summary>This fix for the object at <paramref name="host"/> (a JSON pointer into <see cref="File"/>).</summary>
    public PlacedFix At(string host) => new(this, host);
}
