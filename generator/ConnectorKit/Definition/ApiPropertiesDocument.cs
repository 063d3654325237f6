using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Definition;

/// <summary>A typed view of <c>apiProperties.json</c>.</summary>
public readonly record struct ApiPropertiesDocument(JsonObject Node)
{
    public JsonObject? Properties => Node.Child("properties").ObjectOrNull();

    public JsonObject? ConnectionParameters => Properties.Child("connectionParameters").ObjectOrNull();

    public JsonObject? ConnectionParameterSets => Properties.Child("connectionParameterSets").ObjectOrNull();

    public JsonArray PolicyTemplateInstances => Properties.Child("policyTemplateInstances").ArrayOrNull() ?? [];

    /// <summary>The operations custom code handles; empty when the script handles all of them (or there is none).</summary>
    public IReadOnlyList<string> ScriptOperations =>
        [.. (Properties.Child("scriptOperations").ArrayOrNull() ?? []).Select(n => n.StringOrNull()).OfType<string>()];

    public string? Publisher => Properties.Child("publisher").StringOrNull();

    public string? StackOwner => Properties.Child("stackOwner").StringOrNull();

    public string? IconBrandColor => Properties.Child("iconBrandColor").StringOrNull();

    /// <summary>Every connection parameter with its JSON pointer: the plain ones first, then those of each parameter set in order.</summary>
    public IEnumerable<(string Name, JsonNode? Node, string Pointer)> AllConnectionParameters()
    {
        foreach (var (name, node) in ConnectionParameters ?? [])
        {
            yield return (name, node, JsonPointer.Append("/properties/connectionParameters", name));
        }

        var sets = ConnectionParameterSets.Child("values").ArrayOrNull() ?? [];
        for (var i = 0; i < sets.Count; i++)
        {
            var setPointer = JsonPointer.Append("/properties/connectionParameterSets/values", i);
            foreach (var (name, node) in sets[i].Child("parameters").ObjectOrNull() ?? [])
            {
                yield return (name, node, JsonPointer.Append(JsonPointer.Append(setPointer, "parameters"), name));
            }
        }
    }
}
