using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Import.Conversion;
using ConnectorKit.Json;
using ConnectorKit.Model;
using Microsoft.OpenApi;
using JsonPointer = ConnectorKit.Json.JsonPointer;

namespace ConnectorKit.Import.OpenApi3;

/// <summary>
/// Converts an OpenAPI 3.0/3.1 document, as OpenAPI.NET read it, into a Swagger 2.0 connector: the first server
/// becomes host, base path and scheme; component schemas, parameters and responses the swagger's definitions,
/// parameters and responses; paths and operations (callbacks as webhook triggers) the paths; one security scheme the
/// connection. Findings point at the document through its positioned tree.
/// </summary>
internal sealed partial class DocumentConverter
{
    private readonly ConversionContext _context;
    private readonly SchemaConverter _schemas;
    private readonly ParameterConverter _parameters;
    private readonly ResponseConverter _responses;
    private readonly SecurityConverter _security;
    private readonly OperationConverter _operations;

    public DocumentConverter(ConversionContext context)
    {
        _context = context;
        _schemas = new SchemaConverter(context);
        var values = new SimpleValues(context, _schemas);
        _parameters = new ParameterConverter(context, values);
        var bodies = new RequestBodyConverter(context, _schemas, values);
        _responses = new ResponseConverter(context, _schemas, values, bodies);
        _security = new SecurityConverter(context);
        _operations = new OperationConverter(context, new OperationNames(), _parameters, bodies, _responses, _security, new CallbackConverter(context, _schemas));
    }

    public ConnectorDefinition Convert(OpenApiDocument document)
    {
        var parts = new ConvertedParts();
        ConvertComponents(document.Components, parts);
        foreach (var (path, item) in document.Paths ?? [])
        {
            parts.Paths[path] = _operations.ConvertPathItem(path, item, parts);
        }

        ReportUnsubscribes(parts.Paths);
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            var written = new JsonObject { ["name"] = tag.Name }.AddIfPresent("description", tag.Description);
            SchemaConverter.WriteExternalDocs(tag.ExternalDocs, written);
            parts.Tags.Add(written);
        }

        ReportLeftOut(document);
        var auth = _security.Choose(document);
        var info = Info(document);
        return ConnectorSkeleton.Build(Path.GetDirectoryName(_context.Source.File) ?? ".", info, auth, parts);
    }

    private void ConvertComponents(OpenApiComponents? components, ConvertedParts parts)
    {
        foreach (var (name, schema) in components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            var pointer = ComponentReferences.Pointer("schemas", name);
            parts.Definitions[name] = _schemas.Convert(schema, pointer);
            _context.Record(JsonPointer.Append("/definitions", name), pointer);
        }

        foreach (var (name, parameter) in components?.Parameters ?? new Dictionary<string, IOpenApiParameter>())
        {
            if (_parameters.ConvertComponent(name, parameter) is { } converted)
            {
                parts.Parameters[name] = converted;
                _context.Record(JsonPointer.Append("/parameters", name), ComponentReferences.Pointer("parameters", name));
            }
        }

        foreach (var (name, response) in components?.Responses ?? new Dictionary<string, IOpenApiResponse>())
        {
            parts.Responses[name] = _responses.ConvertComponent(name, response);
            _context.Record(JsonPointer.Append("/responses", name), ComponentReferences.Pointer("responses", name));
        }
    }

    /// <summary>The platform unsubscribes a webhook with DELETE on the subscription's Location; a connector without a DELETE operation cannot be told where that is.</summary>
    private void ReportUnsubscribes(JsonObject paths)
    {
        foreach (var (path, pointer) in _operations.Triggers)
        {
            if (!paths.Any(p => p.Key.StartsWith(path, StringComparison.Ordinal) && p.Value.Child("delete") is not null))
            {
                _context.NotExpressible(pointer,
                    $"The document has no DELETE operation under '{path}' to unsubscribe; Power Automate sends DELETE to the subscription's Location header. Add the unsubscribe operation to the model (the imported model disables the check that asks for it).");
            }
        }
    }

    private void ReportLeftOut(OpenApiDocument document)
    {
        foreach (var name in document.Webhooks?.Keys ?? [])
        {
            _context.NotExpressible(JsonPointer.Append("/webhooks", name),
                $"A connector's trigger subscribes to its notifications; the webhook '{name}' has no subscription operation (a callback of one), so it is left out.");
        }

        if (document.ExternalDocs is not null)
        {
            _context.DocumentationLeftOut("/externalDocs", "A connector has no external documentation link; it is left out (the model's website key can name it).");
        }
    }

    private ConnectorInfoModel Info(OpenApiDocument document)
    {
        var info = document.Info ?? new OpenApiInfo();
        var title = info.Title is { Length: > 0 } written ? written : "Imported connector";
        var description = info.Description ?? info.Summary;
        if (description is not { Length: > 0 })
        {
            description = $"Calls the {title} service.";
            _context.Derived("/info", $"The document has no description of the API, which a connector needs; '{description}' is written.");
        }

        var address = Server(document.Servers);
        var extensions = new JsonObject();
        extensions.AddIfPresent("termsOfService", info.TermsOfService?.OriginalString);
        if (info.License is { Name: not null } license)
        {
            extensions["license"] = new JsonObject { ["name"] = license.Name }.AddIfPresent("url", license.Url?.OriginalString);
        }

        SchemaConverter.WriteExtensions(info.Extensions, extensions);
        return new ConnectorInfoModel
        {
            Title = title,
            Description = description,
            Version = info.Version ?? "1.0",
            Host = address.Host,
            BasePath = address.BasePath,
            Schemes = [address.Scheme],
            Contact = info.Contact is { } contact ? new ContactModel(contact.Name, contact.Url?.OriginalString, contact.Email, _context.PositionOf("/info/contact")) : null,
            InfoExtensions = extensions.Count > 0 ? new RawJson(extensions, new Dictionary<string, SourcePosition>(), _context.PositionOf("/info")) : null,
            Position = _context.PositionOf("/info"),
        };
    }

    /// <summary>The first server, its variables replaced by their defaults; the other servers are findings.</summary>
    private ServerAddress Server(IList<OpenApiServer>? servers)
    {
        for (var i = 1; i < (servers?.Count ?? 0); i++)
        {
            _context.NotExpressible(JsonPointer.Append("/servers", i),
                $"A connector calls one host; the server '{servers![i].Url}' is left out (the model's environments can point one connector at several hosts).");
        }

        if (servers is not { Count: > 0 } || servers[0].Url is not { } template)
        {
            _context.Placeholder("/servers", $"The document names no server; the connector's host is the placeholder '{ServerAddress.PlaceholderHost}'. Put the service's host in the model.");
            return new ServerAddress("https", ServerAddress.PlaceholderHost, null);
        }

        var url = Variable().Replace(template, match => Substitute(servers[0], match.Groups[1].Value));
        if (ServerAddress.Parse(url) is { } address)
        {
            return address;
        }

        _context.Placeholder("/servers/0/url", $"The server '{url}' is not an absolute http(s) URL; the connector's host is the placeholder '{ServerAddress.PlaceholderHost}'. Put the service's host in the model.");
        return new ServerAddress("https", ServerAddress.PlaceholderHost, url.StartsWith('/') ? url.TrimEnd('/') is { Length: > 0 } path ? path : null : null);
    }

    private string Substitute(OpenApiServer server, string name)
    {
        var pointer = JsonPointer.Append("/servers/0/variables", name);
        if (server.Variables is null || !server.Variables.TryGetValue(name, out var variable) || variable.Default is not { } value)
        {
            _context.NotExpressible("/servers/0/url", $"The server variable '{name}' has no default; it is left empty.");
            return string.Empty;
        }

        var alternatives = (variable.Enum ?? []).Where(v => v != value).ToList();
        _context.Derived(pointer, alternatives.Count > 0
            ? $"A connector's host is fixed: the server variable '{name}' takes its default '{value}'; {string.Join(", ", alternatives.Select(a => $"'{a}'"))} cannot be chosen (the model's environments can)."
            : $"A connector's host is fixed: the server variable '{name}' takes its default '{value}'.");
        return value;
    }

    [GeneratedRegex(@"\{([^}]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();
}
