using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies;

/// <summary>
/// Where in a body a policy reads or writes: from the body's root (<c>@body()</c>) or from the collection item being
/// worked on (<c>@item()</c>), then property and index steps.
/// </summary>
public sealed record BodyPath(bool FromItem, IReadOnlyList<PathStep> Steps, string Text)
{
    public static BodyPath Parse(PolicyDefinition policy, string parameter, string text)
    {
        // The templates' examples also write the body function without parentheses or the '@' ("body().x", "@body.x").
        var normalised = text.TrimStart().StartsWith('@') ? text.Trim() : "@" + text.Trim();
        var expression = policy.Template(parameter, normalised).SingleExpression;
        return expression is { Kind: ValueSourceKind.Body or ValueSourceKind.Item or ValueSourceKind.TriggerBody }
            ? new BodyPath(expression.Kind == ValueSourceKind.Item, expression.Steps, text)
            : throw new PolicyDefinitionException(parameter, $"{parameter} must be a path into the body such as @body().items or @item().id; it is '{text}'.");
    }

    public override string ToString() => Text;
}
