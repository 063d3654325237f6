using ConnectorKit.ClientGeneration.ViewModels;

namespace ConnectorKit.ClientGeneration.Naming;

/// <summary>
/// Names the client and its own types from the client name (or the connector's title), and its serializer context
/// from the namespace: the System.Text.Json source generator names its files after the context class alone, so two
/// clients of one name in one project would collide (CS8785) if the context were named after the client.
/// </summary>
internal static class ClientNaming
{
    private const string Suffix = "Client";

    public static ClientNames Create(string? clientName, string? title, string clientNamespace)
    {
        var client = clientName is not null
            ? CSharpIdentifiers.ToPascalCase(clientName, "Connector" + Suffix)
            : CSharpIdentifiers.ToPascalCase(title, "Connector");
        if (!client.EndsWith(Suffix, StringComparison.Ordinal))
        {
            client += Suffix;
        }

        if (ReservedTypeNames.All.Contains(client, StringComparer.Ordinal))
        {
            client = client[..^Suffix.Length] + "Connector" + Suffix;
        }

        var stem = client.Length > Suffix.Length ? client[..^Suffix.Length] : client;
        return new ClientNames
        {
            Client = client,
            Options = client + "Options",
            Exception = stem + "Exception",
            Request = stem + "Request",
            Transport = stem + "Transport",
            Json = stem + "Json",
            JsonContext = CSharpIdentifiers.ToPascalCase(clientNamespace, stem) + "JsonContext",
            Notifications = stem + "Notifications",
            Subscription = stem + "WebhookSubscription",
            StringValue = "I" + stem + "StringValue",
            StringValueConverter = stem + "StringValueConverter",
            ServiceCollectionExtensions = client + "ServiceCollectionExtensions",
            AddMethod = "Add" + client,
        };
    }
}
