namespace ConnectorKit.ClientGeneration.ViewModels;

/// <summary>The names of the client's own types and members, reserved before any name from the connector is given out.</summary>
internal sealed record ClientNames
{
    public required string Client { get; init; }

    public required string Options { get; init; }

    public required string Exception { get; init; }

    public required string Request { get; init; }

    public required string Transport { get; init; }

    public required string Json { get; init; }

    public required string JsonContext { get; init; }

    public required string Notifications { get; init; }

    public required string Subscription { get; init; }

    public required string StringValue { get; init; }

    public required string StringValueConverter { get; init; }

    public required string ServiceCollectionExtensions { get; init; }

    /// <summary>The <c>services.AddXxxClient(...)</c> extension method.</summary>
    public required string AddMethod { get; init; }

    public IEnumerable<string> TypeNames =>
        [Client, Options, Exception, Request, Transport, Json, JsonContext, Notifications, Subscription, StringValue, StringValueConverter, ServiceCollectionExtensions];
}
