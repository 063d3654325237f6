using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Documentation;

/// <summary>
/// Computes the readme's view model from a connector definition (what any connector says about itself) and the
/// model's <c>docs:</c> section (what only its author can say). Operations a maker never sees (internal ones, such as
/// a webhook's unsubscribe) are left out, as the platform's own connector reference pages leave them out.
/// </summary>
internal static class ReadmeBuilder
{
    public static ReadmeViewModel Build(ConnectorDefinition definition, DocsModel? docs)
    {
        var swagger = definition.Swagger;
        var describer = new SchemaDescriber(swagger.Definitions);
        var visible = swagger.Operations.Where(o => o.Visibility != "internal").ToList();
        var connections = Connections(definition.Properties);
        return new ReadmeViewModel(
            swagger.Title ?? "Connector",
            swagger.Node.Child("info").Child("description").StringOrNull() ?? string.Empty,
            Metadata(definition),
            MarkdownText.Block(docs?.Prerequisites),
            MarkdownText.Block(docs?.Credentials),
            ConnectionIntro(connections),
            connections,
            [.. visible.Where(o => !o.IsTrigger).Select(o => Operation(o, swagger, describer))],
            [.. visible.Where(o => o.IsTrigger).Select(o => Operation(o, swagger, describer))],
            [.. (swagger.Definitions ?? []).Select(d => new DefinitionDocViewModel(
                MarkdownText.Cell(d.Key),
                MarkdownText.Anchor(d.Key),
                d.Value.Child("description").StringOrNull() is { } text ? MarkdownText.Block(text) : null,
                describer.PropertiesOf(d.Value)))],
            MarkdownText.Block(docs?.KnownIssues));
    }

    private static IReadOnlyList<ReadmeRow> Metadata(ConnectorDefinition definition)
    {
        var info = definition.ApiDefinition.Child("info");
        var listing = (definition.ApiDefinition.Child("x-ms-connector-metadata").ArrayOrNull() ?? [])
            .Select(e => (Name: e.Child("propertyName").StringOrNull(), Value: e.Child("propertyValue").StringOrNull()))
            .Where(e => e.Name is not null && e.Value is not null)
            .ToList();
        var contact = info.Child("contact");
        var rows = new (string Name, string? Value)[]
        {
            ("Publisher", definition.Properties.Publisher),
            ("Service owner", definition.Properties.StackOwner),
            ("Website", listing.FirstOrDefault(e => e.Name == "Website").Value),
            ("Privacy policy", listing.FirstOrDefault(e => e.Name == "Privacy policy").Value),
            ("Categories", listing.FirstOrDefault(e => e.Name == "Categories").Value?.Replace(";", ", ", StringComparison.Ordinal)),
            ("Contact", contact.Child("name").StringOrNull()),
            ("Contact URL", contact.Child("url").StringOrNull()),
            ("Contact email", contact.Child("email").StringOrNull()),
            ("Version", info.Child("version").StringOrNull()),
        };
        return [.. rows.Where(r => !string.IsNullOrWhiteSpace(r.Value)).Select(r => new ReadmeRow(r.Name, MarkdownText.Cell(r.Value)))];
    }

    private static IReadOnlyList<ConnectionViewModel> Connections(ApiPropertiesDocument properties)
    {
        if (properties.ConnectionParameterSets is { } sets)
        {
            return [.. (sets.Child("values").ArrayOrNull() ?? []).OfType<JsonObject>().Select(set => new ConnectionViewModel(
                MarkdownText.Cell(set.Child("uiDefinition").Child("displayName").StringOrNull() ?? set.Child("name").StringOrNull()),
                set.Child("uiDefinition").Child("description").StringOrNull() is { } text ? MarkdownText.Cell(text) : null,
                ConnectionParameters(set.Child("parameters").ObjectOrNull())))];
        }

        var single = ConnectionParameters(properties.ConnectionParameters);
        return single.Count == 0 ? [] : [new ConnectionViewModel(null, null, single)];
    }

    private static IReadOnlyList<ParameterDocViewModel> ConnectionParameters(JsonObject? parameters) =>
        [.. (parameters ?? []).Where(p => p.Value.Child("uiDefinition").Child("constraints").Child("hidden").StringOrNull() != "true")
            .Select(p =>
            {
                var ui = p.Value.Child("uiDefinition");
                var type = p.Value.Child("type").StringOrNull();
                return new ParameterDocViewModel(
                    MarkdownText.Cell(ui.Child("displayName").StringOrNull() ?? p.Key),
                    MarkdownText.Cell(p.Key),
                    ui.Child("constraints").Child("required").StringOrNull() == "true" ? "yes" : "no",
                    MarkdownText.Cell(ConnectionType(type, p.Value)),
                    MarkdownText.Cell(ui.Child("description").StringOrNull()));
            })];

    private static string? ConnectionType(string? type, JsonNode? parameter) => type switch
    {
        "oauthSetting" => $"OAuth 2.0 sign-in ({IdentityProviderName(parameter.Child("oAuthSettings").Child("identityProvider").StringOrNull())})",
        "securestring" => "secret text",
        _ => type,
    };

    private static string IdentityProviderName(string? provider) => provider switch
    {
        "aad" => "Microsoft Entra ID",
        "aadcertificate" => "Microsoft Entra ID with a certificate",
        "oauth2" or "oauth2generic" or null => "generic OAuth 2.0",
        _ => provider,
    };

    private static string ConnectionIntro(IReadOnlyList<ConnectionViewModel> connections) => connections.Count switch
    {
        0 => "This connector needs no credentials: creating a connection asks for nothing.",
        1 => "Creating a connection asks for the following.",
        _ => $"A connection authenticates in one of {connections.Count} ways; each asks for the following.",
    };

    private static OperationDocViewModel Operation(OperationView operation, SwaggerDocument swagger, SchemaDescriber describer)
    {
        var (returns, returnProperties) = operation.IsWebhookTrigger ? Notification(operation, describer) : Result(operation, describer);
        return new OperationDocViewModel(
            MarkdownText.Cell(operation.Summary ?? operation.OperationId),
            MarkdownText.Cell(operation.OperationId),
            MarkdownText.Block(operation.Description) ?? string.Empty,
            Kind(operation),
            operation.IsDeprecated,
            [.. operation.Parameters.Select(p => ResolveParameter(p, swagger)).OfType<JsonObject>().Where(p => !SchemaDescriber.IsHidden(p))
                .SelectMany(p => ParameterRows(p, describer))],
            returns,
            returnProperties);
    }

    private static string? Kind(OperationView operation) => operation.TriggerKind switch
    {
        null => null,
        _ when operation.IsWebhookTrigger => "Webhook trigger: the service calls the flow when the event happens.",
        "batch" => "Polling trigger: checks for new items and starts one flow for all of them.",
        _ => "Polling trigger: checks for new items and starts a flow for each.",
    };

    private static JsonObject? ResolveParameter(JsonNode? parameter, SwaggerDocument swagger) =>
        parameter.Child("$ref").StringOrNull() is { } reference && reference.StartsWith("#/parameters/", StringComparison.Ordinal)
            ? swagger.SharedParameters.Child(JsonPointer.Unescape(reference["#/parameters/".Length..])).ObjectOrNull()
            : parameter as JsonObject;

    /// <summary>A path, query or header parameter is one row; a body's visible properties are one row each.</summary>
    private static IEnumerable<ParameterDocViewModel> ParameterRows(JsonObject parameter, SchemaDescriber describer)
    {
        var name = parameter.Child("name").StringOrNull() ?? string.Empty;
        if (parameter.Child("in").StringOrNull() == "body" && describer.PropertiesOf(parameter.Child("schema")) is { Count: > 0 } properties)
        {
            return properties;
        }

        var type = parameter.Child("in").StringOrNull() == "body" ? describer.TypeOf(parameter.Child("schema")) : describer.TypeOf(parameter);
        return
        [
            new ParameterDocViewModel(
                MarkdownText.Cell(parameter.Child("x-ms-summary").StringOrNull() ?? name),
                MarkdownText.Cell(name),
                parameter.Child("required").BooleanOrNull() == true ? "yes" : "no",
                MarkdownText.Cell(type),
                MarkdownText.Cell(parameter.Child("description").StringOrNull())),
        ];
    }

    /// <summary>The first success response that has a body.</summary>
    private static (string? Returns, IReadOnlyList<ParameterDocViewModel> Properties) Result(OperationView operation, SchemaDescriber describer)
    {
        var success = operation.Responses
            .Where(r => r.Key.StartsWith('2') && r.Value.Child("schema") is not null)
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => r.Value)
            .FirstOrDefault();
        if (success is null)
        {
            return (null, []);
        }

        var schema = success.Child("schema");
        var description = success.Child("description").StringOrNull();
        return (MarkdownText.Cell($"{describer.TypeOf(schema)}{(description is null ? string.Empty : $": {description}")}"), describer.PropertiesOf(schema));
    }

    private static (string? Returns, IReadOnlyList<ParameterDocViewModel> Properties) Notification(OperationView operation, SchemaDescriber describer)
    {
        var content = operation.NotificationContent;
        var schema = content.Child("schema");
        var description = content.Child("description").StringOrNull();
        return schema is null
            ? (null, [])
            : (MarkdownText.Cell($"{describer.TypeOf(schema)}{(description is null ? string.Empty : $": {description}")}"), describer.PropertiesOf(schema));
    }
}
