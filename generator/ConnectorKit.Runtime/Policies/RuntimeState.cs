namespace ConnectorKit.Runtime.Policies;

/// <summary>
/// What outlives one call: whether a setconnectionstatustounauthenticated policy marked the connection
/// unauthenticated (every later call is then refused until the runtime restarts with fresh credentials, as a flow's
/// connection needs fixing), and the Retry-After a polling trigger answers with.
/// </summary>
public sealed class RuntimeState(TimeSpan pollingInterval)
{
    private int _unauthenticatedStatus;

    public TimeSpan PollingInterval { get; } = pollingInterval;

    /// <summary>The backend status that marked the connection unauthenticated; null while it is fine.</summary>
    public int? UnauthenticatedBy => _unauthenticatedStatus == 0 ? null : _unauthenticatedStatus;

    public void MarkUnauthenticated(int status) => Interlocked.CompareExchange(ref _unauthenticatedStatus, status, 0);
}
