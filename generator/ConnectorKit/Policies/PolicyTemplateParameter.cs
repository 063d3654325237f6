namespace ConnectorKit.Policies;

/// <summary>
/// One parameter of a policy template, by its short name (written as <c>x-ms-apimTemplateParameter.&lt;name&gt;</c>).
/// An empty <see cref="AllowedValues"/> means any value.
/// </summary>
public sealed record PolicyTemplateParameter(string Name, bool Required, IReadOnlyList<string> AllowedValues);
