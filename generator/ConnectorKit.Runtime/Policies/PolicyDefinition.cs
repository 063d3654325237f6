using System.Text.Json.Nodes;

namespace ConnectorKit.Runtime.Policies;

/// <summary>
/// One entry of <c>policyTemplateInstances</c> as read: its template id, title, section, the operations it is limited
/// to (none: all), its parameters by short name, and where it is in apiProperties.json.
/// </summary>
public sealed record PolicyDefinition(
    string TemplateId,
    string Title,
    PolicySection Section,
    IReadOnlySet<string> Operations,
    IReadOnlyDictionary<string, JsonNode?> Parameters,
    string Pointer)
{
    public bool AppliesTo(string? operationId) => Operations.Count == 0 || (operationId is not null && Operations.Contains(operationId));
}

/// <summary>A policy parameter is missing or unusable; <see cref="Parameter"/> is its short name (null: the whole policy).</summary>
public sealed class PolicyDefinitionException(string? parameter, string message) : Exception(message)
{
    public string? Parameter { get; } = parameter;
}
