using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies;

/// <summary>Reads a policy's parameters at load; each problem is a <see cref="PolicyDefinitionException"/> naming the parameter.</summary>
public static class PolicyParameters
{
    public static string Required(this PolicyDefinition policy, string name) =>
        policy.Optional(name) ?? throw new PolicyDefinitionException(name, $"The {policy.TemplateId} policy needs the parameter {name}.");

    /// <summary>The parameter's text; null when absent, empty, or the text "null" (the templates' own word for none).</summary>
    public static string? Optional(this PolicyDefinition policy, string name)
    {
        if (!policy.Parameters.TryGetValue(name, out var node) || node is null)
        {
            return null;
        }

        var text = node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
        return text.Length == 0 || text == "null" ? null : text;
    }

    /// <summary>The parameter's raw value, such as the object of a polling trigger's triggerConfig.</summary>
    public static JsonNode? Raw(this PolicyDefinition policy, string name) => policy.Parameters.TryGetValue(name, out var node) ? node : null;

    public static ValueTemplate Template(this PolicyDefinition policy, string name, string text)
    {
        try
        {
            return ValueTemplate.Parse(text);
        }
        catch (ExpressionException exception)
        {
            throw new PolicyDefinitionException(name, $"The expression of {name} cannot be read: {exception.Message}");
        }
    }

    public static ValueTemplate RequiredTemplate(this PolicyDefinition policy, string name) => policy.Template(name, policy.Required(name));

    public static ValueTemplate? OptionalTemplate(this PolicyDefinition policy, string name) =>
        policy.Optional(name) is { } text ? policy.Template(name, text) : null;

    /// <summary>A path into a body, such as <c>@body().items</c> or <c>@item().id</c>.</summary>
    public static BodyPath RequiredBodyPath(this PolicyDefinition policy, string name) => BodyPath.Parse(policy, name, policy.Required(name));

    /// <summary>One of the allowed words (compared without case); the first when the parameter is absent.</summary>
    public static string Choice(this PolicyDefinition policy, string name, params string[] allowed)
    {
        var value = policy.Optional(name) ?? allowed[0];
        return allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase))
            ?? throw new PolicyDefinitionException(name, $"{name} must be one of {string.Join(", ", allowed)}; it is '{value}'.");
    }
}
