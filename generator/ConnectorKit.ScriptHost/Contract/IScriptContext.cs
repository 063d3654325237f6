using Microsoft.Extensions.Logging;

namespace Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;

/// <summary>
/// What custom code sees of the call it handles: the documented members plus the two that certified scripts use
/// although the documentation leaves them out (<see cref="OriginalRequestUri"/>, <see cref="CreateNotificationUri"/>).
/// </summary>
public interface IScriptContext
{
    string CorrelationId { get; }

    string OperationId { get; }

    HttpRequestMessage Request { get; }

    ILogger Logger { get; }

    Uri OriginalRequestUri { get; }

    Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    Uri CreateNotificationUri(string path);
}
