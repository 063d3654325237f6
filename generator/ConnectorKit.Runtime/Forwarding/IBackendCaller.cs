using ConnectorKit.Runtime.Messages;

namespace ConnectorKit.Runtime.Forwarding;

/// <summary>Makes one backend call and logs it; the pipeline, custom code and setvaluefromurl all call the backend through it.</summary>
public interface IBackendCaller
{
    /// <summary>The backend's response; when the backend cannot be reached, a 502 response saying why.</summary>
    Task<RuntimeResponse> SendAsync(RuntimeRequest request, string purpose, CancellationToken cancellationToken);
}
