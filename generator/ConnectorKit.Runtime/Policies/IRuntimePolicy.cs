namespace ConnectorKit.Runtime.Policies;

/// <summary>
/// A policy template the runtime runs. Each template is one class named by its template id, built once per policy
/// instance at load (where its parameters and expressions are checked), then applied to each call it covers.
/// </summary>
public interface IRuntimePolicy
{
    PolicyDefinition Definition { get; }

    /// <summary>Applies the policy to the call in <paramref name="context"/>, noting each change in <see cref="PolicyContext.Changes"/>.</summary>
    Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken);
}
