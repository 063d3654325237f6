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
}
