using Microsoft.AspNetCore.Http;

namespace CustomerInsights.Emulator.Routes;

/// <summary>Answers one operation of the connector.</summary>
public delegate Task<IResult> OperationHandler(OperationRequest request);

/// <summary>A group of handlers, each for the operation with the given operationId.</summary>
public interface IOperationHandlers
{
    IEnumerable<KeyValuePair<string, OperationHandler>> Handlers { get; }
}
