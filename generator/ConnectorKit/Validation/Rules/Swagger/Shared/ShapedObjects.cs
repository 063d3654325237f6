using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>A Swagger object of the document together with the shape it must have.</summary>
internal readonly record struct ShapedObject(JsonObject Node, string Pointer, ObjectShape Shape)
{
    public string Member(string key) => JsonPointer.Append(Pointer, key);
}

/// <summary>
/// Every Swagger 2.0 object written in a document, with its shape: the root, info, contact, license, path items,
/// operations, parameters, items, responses, headers, tags, external docs, security schemes and schemas. Objects that
/// are <c>$ref</c>s are left out (they have no fields of their own); schemas are included as written.
/// </summary>
internal static class ShapedObjects
{
    public static IEnumerable<ShapedObject> All(SwaggerDocument document)
    {
        var root = document.Node;
        yield return new ShapedObject(root, JsonPointer.Root, SwaggerShapes.Root);
        if (root.Child("info") is JsonObject info)
        {
            yield return new ShapedObject(info, "/info", SwaggerShapes.Info);
            foreach (var nested in Member(info, "/info", "contact", SwaggerShapes.Contact).Concat(Member(info, "/info", "license", SwaggerShapes.License)))
            {
                yield return nested;
            }
        }

        foreach (var docs in Member(root, JsonPointer.Root, "externalDocs", SwaggerShapes.ExternalDocs))
        {
            yield return docs;
        }

        foreach (var (path, item) in document.Paths ?? [])
        {
            if (item is JsonObject pathItem && !pathItem.ContainsKey("$ref"))
            {
                yield return new ShapedObject(pathItem, JsonPointer.Append("/paths", path), SwaggerShapes.PathItem);
            }
        }

        foreach (var operation in document.Operations)
        {
            yield return new ShapedObject(operation.Node, operation.Pointer, SwaggerShapes.Operation);
            foreach (var docs in Member(operation.Node, operation.Pointer, "externalDocs", SwaggerShapes.ExternalDocs))
            {
                yield return docs;
            }
        }

        foreach (var shaped in Parameters(document).Concat(Responses(document)).Concat(Tags(root)).Concat(SecuritySchemes(document)))
        {
            yield return shaped;
        }

        foreach (var schema in DocumentSchemas.All(document))
        {
            if (!schema.IsReference)
            {
                yield return new ShapedObject(schema.Node, schema.Pointer, SwaggerShapes.Schema);
            }
        }
    }

    private static IEnumerable<ShapedObject> Parameters(SwaggerDocument document)
    {
        foreach (var parameter in SwaggerObjects.Parameters(document))
        {
            if (parameter.IsReference)
            {
                continue;
            }

            if (parameter.IsIn("body"))
            {
                yield return new ShapedObject(parameter.Node, parameter.Pointer, SwaggerShapes.BodyParameter);
                continue;
            }

            yield return new ShapedObject(parameter.Node, parameter.Pointer, SwaggerShapes.OtherParameter);
            foreach (var items in ItemsBelow(parameter.Node, parameter.Pointer))
            {
                yield return items;
            }
        }
    }

    private static IEnumerable<ShapedObject> Responses(SwaggerDocument document)
    {
        foreach (var response in SwaggerObjects.Responses(document))
        {
            if (response.IsReference)
            {
                continue;
            }

            yield return new ShapedObject(response.Node, response.Pointer, SwaggerShapes.Response);
            var headersPointer = JsonPointer.Append(response.Pointer, "headers");
            foreach (var (name, node) in response.Node.Child("headers").ObjectOrNull() ?? [])
            {
                if (node is JsonObject header)
                {
                    var pointer = JsonPointer.Append(headersPointer, name);
                    yield return new ShapedObject(header, pointer, SwaggerShapes.Header);
                    foreach (var items in ItemsBelow(header, pointer))
                    {
                        yield return items;
                    }
                }
            }
        }
    }

    private static IEnumerable<ShapedObject> Tags(JsonObject root)
    {
        var tags = root.Child("tags").ArrayOrNull() ?? [];
        for (var index = 0; index < tags.Count; index++)
        {
            if (tags[index] is JsonObject tag)
            {
                var pointer = JsonPointer.Append("/tags", index);
                yield return new ShapedObject(tag, pointer, SwaggerShapes.Tag);
                foreach (var docs in Member(tag, pointer, "externalDocs", SwaggerShapes.ExternalDocs))
                {
                    yield return docs;
                }
            }
        }
    }

    private static IEnumerable<ShapedObject> SecuritySchemes(SwaggerDocument document)
    {
        foreach (var (name, node) in document.SecurityDefinitions ?? [])
        {
            if (node is JsonObject scheme)
            {
                yield return new ShapedObject(scheme, JsonPointer.Append("/securityDefinitions", name), SwaggerShapes.SecurityScheme);
            }
        }
    }

    private static IEnumerable<ShapedObject> ItemsBelow(JsonObject owner, string ownerPointer)
    {
        var pointer = JsonPointer.Append(ownerPointer, "items");
        for (var items = owner.Child("items") as JsonObject; items is not null; items = items.Child("items") as JsonObject)
        {
            yield return new ShapedObject(items, pointer, SwaggerShapes.Items);
            pointer = JsonPointer.Append(pointer, "items");
        }
    }

    private static IEnumerable<ShapedObject> Member(JsonObject owner, string ownerPointer, string key, ObjectShape shape)
    {
        if (owner[key] is JsonObject member)
        {
            yield return new ShapedObject(member, JsonPointer.Append(ownerPointer, key), shape);
        }
    }
}
