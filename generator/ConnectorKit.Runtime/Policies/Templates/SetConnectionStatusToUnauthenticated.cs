using System.Globalization;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>setconnectionstatustounauthenticated</c>: when the backend answers with statusCode, the connection is marked
/// unauthenticated, as the platform marks a flow's connection for fixing: the answer goes back to the caller, and every
/// later call is refused with 401 (ConnectionUnauthenticated) without reaching the backend until the runtime restarts
/// with fresh credentials.
/// </summary>
public sealed class SetConnectionStatusToUnauthenticated : IRuntimePolicy
{
    public const string Id = "setconnectionstatustounauthenticated";

    public static readonly PolicySection[] Sections = [PolicySection.Failure];

    private readonly int _statusCode;

    private SetConnectionStatusToUnauthenticated(PolicyDefinition definition)
    {
        Definition = definition;
        var text = definition.Required("statusCode");
        _statusCode = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 100 and <= 599
            ? code
            : throw new PolicyDefinitionException("statusCode", $"statusCode must be an HTTP status code; it is '{text}'.");
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new SetConnectionStatusToUnauthenticated(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        if (context.Response?.Status != _statusCode)
        {
            context.Changes.Add($"connection unchanged: the backend answered {context.Response?.Status}, not {_statusCode}");
            return Task.CompletedTask;
        }

        context.State.MarkUnauthenticated(_statusCode);
        context.Changes.Add($"connection marked unauthenticated (the backend answered {_statusCode}); later calls are refused until the runtime restarts");
        return Task.CompletedTask;
    }
}
