namespace ConnectorKit.Policies;

/// <summary>
/// A policy template the platform offers, identified by its template id (matched case-insensitively). When
/// <see cref="ParametersKnown"/> is false the toolkit knows the id but not its parameters, so any parameters pass.
/// </summary>
public sealed record PolicyTemplate(string Id, IReadOnlyList<PolicyTemplateParameter> Parameters, bool ParametersKnown = true)
{
    public PolicyTemplateParameter? FindParameter(string shortName) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, shortName, StringComparison.Ordinal));
}
