using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>What kind of Swagger object carries a type and its value keywords (enum, default, maximum, ...).</summary>
internal enum TypedSiteKind
{
    Schema,

    /// <summary>A parameter that is not in the body.</summary>
    Parameter,

    /// <summary>The <c>items</c> of a non-body parameter or header, at any depth.</summary>
    Items,

    /// <summary>A response header.</summary>
    Header,
}

/// <summary>An object that may carry <c>type</c>, <c>format</c> and the value keywords Swagger shares among its kinds.</summary>
internal readonly record struct TypedSite(JsonObject Node, string Pointer, TypedSiteKind Kind)
{
    public string? Type => Node.Child("type").StringOrNull();

    public string Member(string key) => JsonPointer.Append(Pointer, key);
}

/// <summary>
/// Every object written in a document that can carry value keywords: schemas, non-body parameters, response headers
/// and their <c>items</c>. Rules about those keywords (limits, enums, defaults, patterns) walk these, each once.
/// </summary>
internal static class TypedSites
{
    public static IEnumerable<TypedSite> All(SwaggerDocument document)
    {
        foreach (var schema in DocumentSchemas.All(document))
        {
            yield return new TypedSite(schema.Node, schema.Pointer, TypedSiteKind.Schema);
        }

        foreach (var parameter in SwaggerObjects.Parameters(document))
        {
            if (!parameter.IsReference && !parameter.IsIn("body"))
            {
                foreach (var site in WithItems(new TypedSite(parameter.Node, parameter.Pointer, TypedSiteKind.Parameter)))
                {
                    yield return site;
                }
            }
        }

        foreach (var response in SwaggerObjects.Responses(document))
        {
            if (response.Node.Child("headers") is not JsonObject headers)
            {
                continue;
            }

            var headersPointer = JsonPointer.Append(response.Pointer, "headers");
            foreach (var (name, node) in headers)
            {
                if (node is JsonObject header)
                {
                    foreach (var site in WithItems(new TypedSite(header, JsonPointer.Append(headersPointer, name), TypedSiteKind.Header)))
                    {
                        yield return site;
                    }
                }
            }
        }
    }

    private static IEnumerable<TypedSite> WithItems(TypedSite site)
    {
        for (TypedSite? current = site; current is { } present; current = present.Node.Child("items") is JsonObject items ? new TypedSite(items, present.Member("items"), TypedSiteKind.Items) : null)
        {
            yield return present;
        }
    }
}
