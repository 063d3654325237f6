using System.Text.Json.Nodes;
using ConnectorKit.Import.Conversion;
using ConnectorKit.Import.Sources;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Import.Postman;

/// <summary>
/// Converts a Postman collection (schema v2.0 or v2.1) into a Swagger 2.0 connector: each request an operation (its
/// folder a tag), the host most requests call the connector's host, the collection's auth (else the first request's)
/// the connection. What a connector cannot say (requests to other hosts, two requests on one method and path, scripts,
/// auth types) is a finding at the collection's line and column.
/// </summary>
internal static class PostmanImporter
{
    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal) { "get", "put", "post", "delete", "options", "head", "patch" };

    public static ConvertedConnector Convert(SourceDocument source)
    {
        var context = new ConversionContext(source);
        var collection = (JsonObject)source.Root!;
        var values = new PostmanValues(collection);
        var converter = new PostmanRequestConverter(context, values, new OperationNames());
        var requests = new List<PostmanRequest>();
        var authSites = new List<(JsonNode Auth, string Pointer)>();
        Walk(collection, JsonPointer.Root, folder: null, values, context, converter, requests, authSites);

        var address = Address(requests, context);
        var parts = new ConvertedParts();
        foreach (var site in requests)
        {
            if ((site.Url.Host ?? address.Host) != address.Host)
            {
                context.NotExpressible(JsonPointer.Append(site.Pointer, "request"), $"A connector calls one host ({address.Host}); this request to {site.Url.Host} is left out.");
                continue;
            }

            var item = parts.Paths[site.Url.Path] as JsonObject;
            if (item?.ContainsKey(site.Method) == true)
            {
                context.NotExpressible(site.Pointer, $"Swagger 2.0 has one operation per method and path; this second {site.Method.ToUpperInvariant()} {site.Url.Path} is left out.");
                continue;
            }

            if (item is null)
            {
                parts.Paths[site.Url.Path] = item = [];
                context.Record(JsonPointer.Append("/paths", site.Url.Path), site.Pointer);
            }

            item[site.Method] = converter.Convert(site);
            context.Record(JsonPointer.Append(JsonPointer.Append("/paths", site.Url.Path), site.Method), site.Pointer);
        }

        foreach (var folder in requests.Select(r => r.Folder).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            parts.Tags.Add(new JsonObject { ["name"] = folder });
        }

        var auth = Auth(authSites, context);
        var definition = ConnectorSkeleton.Build(Path.GetDirectoryName(source.File) ?? ".", Info(collection, address, context), auth, parts);
        return new ConvertedConnector(definition, context.Origins(), context.Findings);
    }

    private static void Walk(JsonNode owner, string pointer, string? folder, PostmanValues values, ConversionContext context,
        PostmanRequestConverter converter, List<PostmanRequest> requests, List<(JsonNode, string)> authSites)
    {
        if (owner["auth"] is { } auth)
        {
            authSites.Add((auth, JsonPointer.Append(pointer, "auth")));
        }

        if (pointer.Length == 0)
        {
            converter.ReportScripts(owner, pointer);
        }

        var items = owner["item"] as JsonArray ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var itemPointer = JsonPointer.Append(JsonPointer.Append(pointer, "item"), i);
            if (items[i] is not JsonObject item)
            {
                continue;
            }

            if (item["item"] is JsonArray)
            {
                converter.ReportScripts(item, itemPointer);
                Walk(item, itemPointer, item["name"].StringOrNull() ?? folder, values, context, converter, requests, authSites);
                continue;
            }

            if (item["request"] is not { } request)
            {
                continue;
            }

            if (request["auth"] is { } requestAuth)
            {
                authSites.Add((requestAuth, JsonPointer.Append(JsonPointer.Append(itemPointer, "request"), "auth")));
            }

            var method = (request.Child("method").StringOrNull() ?? "GET").ToLowerInvariant();
            if (!Methods.Contains(method))
            {
                context.NotExpressible(JsonPointer.Append(itemPointer, "request"), $"Swagger 2.0 has no {method.ToUpperInvariant()} operations; this request is left out.");
                continue;
            }

            var url = PostmanUrl.Parse(request is JsonValue ? request : request["url"], values);
            requests.Add(new PostmanRequest(item, itemPointer, folder, url, method));
        }
    }

    /// <summary>
    /// The scheme and host most requests call (the first of them on a tie). A host that is a variable the collection
    /// does not define (an environment's base URL) is taken for the connector's host; with no host at all, a placeholder.
    /// </summary>
    private static ServerAddress Address(List<PostmanRequest> requests, ConversionContext context)
    {
        var unresolved = requests.FirstOrDefault(r => r.Url.Host is { } host && PostmanValues.HasVariable(host));
        for (var i = 0; i < requests.Count; i++)
        {
            if (requests[i].Url.Host is { } host && PostmanValues.HasVariable(host))
            {
                requests[i] = requests[i] with { Url = requests[i].Url with { Host = null } };
            }
        }

        var known = requests.Where(r => r.Url.Host is not null)
            .GroupBy(r => r.Url.Host!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        if (known is null)
        {
            context.Placeholder(unresolved is null ? "/item" : JsonPointer.Append(JsonPointer.Append(unresolved.Pointer, "request"), "url"),
                $"The collection names no host it defines (its URLs use a variable of an environment, perhaps); the connector's host is the placeholder '{ServerAddress.PlaceholderHost}'. Put the service's host in the model.");
            return new ServerAddress("https", ServerAddress.PlaceholderHost, null);
        }

        if (unresolved is not null)
        {
            context.Derived(JsonPointer.Append(JsonPointer.Append(unresolved.Pointer, "request"), "url"),
                $"The host of this request is a variable the collection does not define; the request is taken to call {known.Key}, as the others do.");
        }

        var scheme = known.First().Url.Scheme is "http" ? "http" : "https";
        return new ServerAddress(scheme, known.Key, null);
    }

    /// <summary>The collection's auth, else the first request's or folder's; every other auth that differs is a finding.</summary>
    private static AuthModel? Auth(List<(JsonNode Auth, string Pointer)> sites, ConversionContext context)
    {
        if (sites.Count == 0)
        {
            return null;
        }

        var (chosen, pointer) = sites[0];
        foreach (var (other, otherPointer) in sites.Skip(1).Where(s => s.Auth.Child("type").StringOrNull() != chosen.Child("type").StringOrNull()))
        {
            context.NotExpressible(otherPointer, $"A connector authenticates every request alike (with the '{chosen.Child("type").StringOrNull()}' auth at {context.PositionOf(pointer)}); this '{other.Child("type").StringOrNull()}' auth is left out.");
        }

        return PostmanAuth.Convert(chosen, pointer, context);
    }

    private static ConnectorInfoModel Info(JsonObject collection, ServerAddress address, ConversionContext context)
    {
        var info = collection["info"];
        var title = info.Child("name").StringOrNull() is { Length: > 0 } name ? name : "Imported connector";
        var description = PostmanValues.Text(info.Child("description"));
        if (description is not { Length: > 0 })
        {
            description = $"Calls the {title} service.";
            context.Derived("/info", $"The collection has no description, which a connector needs; '{description}' is written.");
        }

        return new ConnectorInfoModel
        {
            Title = title,
            Description = description,
            Version = Version(info.Child("version")),
            Host = address.Host,
            BasePath = address.BasePath,
            Schemes = [address.Scheme],
            Position = context.PositionOf("/info"),
        };
    }

    /// <summary>A collection's version is text, or <c>{ major, minor, patch }</c>; without one, 1.0.</summary>
    private static string Version(JsonNode? version) => version switch
    {
        JsonObject parts => string.Join('.', new[] { "major", "minor", "patch" }.Select(k => PostmanValues.Scalar(parts[k])).OfType<string>()) is { Length: > 0 } joined ? joined : "1.0",
        _ => PostmanValues.Scalar(version) ?? "1.0",
    };
}
