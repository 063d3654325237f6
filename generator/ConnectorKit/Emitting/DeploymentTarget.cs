namespace ConnectorKit.Emitting;

/// <summary>Where a connector is uploaded: a Power Platform environment and, once created, the connector's id there.</summary>
public sealed record DeploymentTarget(string EnvironmentId, string? ConnectorId);
