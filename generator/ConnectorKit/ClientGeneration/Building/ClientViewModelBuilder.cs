using ConnectorKit.ClientGeneration.Naming;
using ConnectorKit.ClientGeneration.Schemas;
using ConnectorKit.ClientGeneration.Text;
using ConnectorKit.ClientGeneration.ViewModels;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.ClientGeneration.Building;

/// <summary>Computes the whole view model of a client from a connector definition; the templates only print it.</summary>
internal static class ClientViewModelBuilder
{
    private const string ToolName = "ConnectorKit";

    private static readonly string[] ObjectMembers = ["Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals"];

    public static ClientViewModel Build(ConnectorDefinition definition, ClientOptions options)
    {
        var swagger = definition.Swagger;
        var references = new SwaggerReferences(swagger);
        var names = ClientNaming.Create(options.ClientName, swagger.Title, options.Namespace);
        var catalog = new ModelCatalog(references, new NameScope([.. ReservedTypeNames.All, .. names.TypeNames], ignoreCase: true));
        var auth = AuthBuilder.Build(definition, names);
        var methodNames = new NameScope([names.Client, .. ObjectMembers, "UnsubscribeAsync"]);
        var parseNames = new NameScope([names.Notifications, .. ObjectMembers, "Parse"]);
        var builder = new MethodBuilder(catalog, references, methodNames, parseNames, names);

        var methods = new List<MethodViewModel>();
        var triggers = new List<TriggerViewModel>();
        var types = new List<TypeRef> { TypeRef.JsonNode, TypeRef.JsonObject, TypeRef.String };
        var triggerIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in swagger.Operations)
        {
            var scoped = operation.OperationId is { } id && auth.ScopedHeaders.TryGetValue(id, out var headers) ? headers : [];
            var built = builder.Build(operation, scoped);
            methods.Add(built.Method);
            types.AddRange(built.Types);
            if (built.Trigger is { } trigger)
            {
                // A switch may name each operation id once; a duplicated id keeps only its typed Parse method.
                var unique = trigger.OperationIdLiteral is { } literal && triggerIds.Add(literal);
                triggers.Add(unique ? trigger : trigger with { OperationIdLiteral = null });
            }
        }

        var title = swagger.Title;
        var description = swagger.Node.Child("info").ObjectOrNull().Child("description").StringOrNull();
        var endpoint = DefaultEndpoint(swagger);
        return new ClientViewModel
        {
            Namespace = options.Namespace,
            Names = names,
            ToolLiteral = CSharpLiteral.String(ToolName),
            VersionLiteral = CSharpLiteral.String(options.GeneratedCodeVersion),
            SummaryLines = DocText.Lines("A client for " + (title ?? "the connector's service") + "."),
            RemarksLines = DocText.Lines(description),
            DefaultEndpointLiteral = endpoint is null ? "null" : CSharpLiteral.String(endpoint),
            DefaultEndpointDoc = endpoint is null ? "none" : DocText.Line(endpoint),
            Auth = auth.Auth,
            Methods = methods,
            Triggers = triggers,
            Records = catalog.Records,
            Enums = catalog.Enums,
            SerializableTypes = [.. types.SelectMany(t => t.SerializableNames).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>https (or the only scheme given), the host and the basePath; null without a host.</summary>
    private static string? DefaultEndpoint(SwaggerDocument swagger)
    {
        if (string.IsNullOrWhiteSpace(swagger.Host))
        {
            return null;
        }

        var schemes = (swagger.Node.Child("schemes").ArrayOrNull() ?? []).Select(n => n.StringOrNull()).OfType<string>().ToList();
        var scheme = schemes.Count == 0 || schemes.Contains("https", StringComparer.OrdinalIgnoreCase) ? "https" : schemes[0];
        return scheme + "://" + swagger.Host + (swagger.BasePath ?? string.Empty).TrimEnd('/');
    }
}
