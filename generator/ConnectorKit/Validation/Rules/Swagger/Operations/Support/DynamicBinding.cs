using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>How a dynamic extension fills one input of the operation it invokes.</summary>
internal enum BindingKind
{
    /// <summary>A literal value: a bare value, or <c>{ "value": ... }</c>.</summary>
    Static,

    /// <summary>A value taken from the calling operation: <c>{ "parameter": ... }</c> or <c>{ "parameterReference": ... }</c>.</summary>
    Reference,

    /// <summary>The item the user picked in a tree (<c>{ "selectedItemValuePath": ... }</c>).</summary>
    SelectedItem,

    /// <summary>An object of none of the known shapes.</summary>
    Unknown,
}

/// <summary>
/// One entry of a dynamic extension's <c>parameters</c>: <see cref="Key"/> names the invoked operation's input;
/// <see cref="Reference"/> names the calling operation's input for a reference; <see cref="Value"/> is the literal of a static.
/// </summary>
internal sealed record DynamicBinding(string Key, string Pointer, BindingKind Kind, string? Reference, JsonNode? Value)
{
    public static DynamicBinding Parse(string key, JsonNode? value, string pointer)
    {
        if (value is not JsonObject entry)
        {
            return new DynamicBinding(key, pointer, BindingKind.Static, null, value);
        }

        if ((entry.Child("parameter") ?? entry.Child("parameterReference")) is JsonValue reference && reference.TryGetValue<string>(out var name))
        {
            return new DynamicBinding(key, pointer, BindingKind.Reference, name, null);
        }

        if (entry.TryGetPropertyValue("value", out var literal))
        {
            return new DynamicBinding(key, pointer, BindingKind.Static, null, literal);
        }

        return new DynamicBinding(key, pointer, entry.ContainsKey("selectedItemValuePath") ? BindingKind.SelectedItem : BindingKind.Unknown, null, null);
    }
}
