using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>
/// Every schema object written in a Swagger document, each once and without following <c>$ref</c>: definitions, body
/// parameter schemas, response schemas and notification content, with what they nest (properties, items,
/// additionalProperties, allOf/anyOf/oneOf members, not). Rules about a schema's own keywords walk these, so a shared
/// definition is reported once, where it is written.
/// </summary>
internal static class DocumentSchemas
{
    private static readonly string[] MemberLists = ["allOf", "anyOf", "oneOf"];

    /// <summary>The document whose walk is shared on this thread, and the walk once made; see <see cref="ShareWalk"/>.</summary>
    [ThreadStatic]
    private static SharedWalk? t_shared;

    public static IEnumerable<SchemaEntry> All(SwaggerDocument document) =>
        t_shared is { } shared && ReferenceEquals(shared.Document, document.Node)
            ? shared.Schemas ??= [.. Roots(document).SelectMany(Descend)]
            : Roots(document).SelectMany(Descend);

    /// <summary>
    /// Until the result is disposed, every rule on this thread that asks for the schemas of <paramref name="document"/>
    /// gets one walk of them, made on the first request: some forty rules read the schemas, and walking them is most
    /// of what validating a large swagger costs. The validator holds it for one run, during which the document does not change.
    /// </summary>
    public static IDisposable ShareWalk(JsonObject document)
    {
        var previous = t_shared;
        t_shared = new SharedWalk(document);
        return new WalkScope(previous);
    }

    /// <summary>The schemas that start a tree: definitions, body parameter schemas, response schemas, notification content.</summary>
    public static IEnumerable<SchemaEntry> Roots(SwaggerDocument document)
    {
        foreach (var (name, node) in document.Definitions ?? [])
        {
            if (node is JsonObject schema)
            {
                yield return new SchemaEntry(schema, JsonPointer.Append("/definitions", name), SchemaFlow.Either, null, SchemaLink.Root);
            }
        }

        foreach (var parameter in SwaggerObjects.Parameters(document))
        {
            if (parameter.Node.Child("schema") is JsonObject schema)
            {
                yield return new SchemaEntry(schema, JsonPointer.Append(parameter.Pointer, "schema"), SchemaFlow.Input, null, SchemaLink.Root);
            }
        }

        foreach (var response in SwaggerObjects.Responses(document))
        {
            if (response.Node.Child("schema") is JsonObject schema)
            {
                yield return new SchemaEntry(schema, JsonPointer.Append(response.Pointer, "schema"), SchemaFlow.Output, null, SchemaLink.Root);
            }
        }

        // Webhook payloads are described on the operation or, as Microsoft's webhook samples do, on its path item.
        var holders = (document.Paths ?? []).Where(p => p.Value is JsonObject).Select(p => ((JsonObject)p.Value!, JsonPointer.Append("/paths", p.Key)))
            .Concat(document.Operations.Select(o => (o.Node, o.Pointer)));
        foreach (var (holder, holderPointer) in holders)
        {
            if (holder.Child("x-ms-notification-content").Child("schema") is JsonObject schema)
            {
                var pointer = JsonPointer.Append(JsonPointer.Append(holderPointer, "x-ms-notification-content"), "schema");
                yield return new SchemaEntry(schema, pointer, SchemaFlow.Output, null, SchemaLink.Root);
            }
        }
    }

    /// <summary>The schema and everything written inside it, depth first in file order.</summary>
    public static IEnumerable<SchemaEntry> Descend(SchemaEntry root)
    {
        var pending = new Stack<SchemaEntry>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var entry = pending.Pop();
            yield return entry;
            var children = Children(entry).ToList();
            for (var index = children.Count - 1; index >= 0; index--)
            {
                pending.Push(children[index]);
            }
        }
    }

    /// <summary>The schemas written directly inside a schema.</summary>
    public static IEnumerable<SchemaEntry> Children(SchemaEntry entry)
    {
        var node = entry.Node;
        if (node.Child("properties") is JsonObject properties)
        {
            var propertiesPointer = entry.Member("properties");
            foreach (var (name, value) in properties)
            {
                if (value is JsonObject property)
                {
                    yield return new SchemaEntry(property, JsonPointer.Append(propertiesPointer, name), entry.Flow, entry, SchemaLink.Property, name);
                }
            }
        }

        switch (node.Child("items"))
        {
            case JsonObject items:
                yield return new SchemaEntry(items, entry.Member("items"), entry.Flow, entry, SchemaLink.Items);
                break;
            case JsonArray tuple:
                for (var index = 0; index < tuple.Count; index++)
                {
                    if (tuple[index] is JsonObject item)
                    {
                        yield return new SchemaEntry(item, JsonPointer.Append(entry.Member("items"), index), entry.Flow, entry, SchemaLink.Items);
                    }
                }

                break;
        }

        if (node.Child("additionalProperties") is JsonObject additional)
        {
            yield return new SchemaEntry(additional, entry.Member("additionalProperties"), entry.Flow, entry, SchemaLink.AdditionalProperties);
        }

        foreach (var list in MemberLists)
        {
            if (node[list] is JsonArray members)
            {
                for (var index = 0; index < members.Count; index++)
                {
                    if (members[index] is JsonObject member)
                    {
                        yield return new SchemaEntry(member, JsonPointer.Append(entry.Member(list), index), entry.Flow, entry, SchemaLink.Member);
                    }
                }
            }
        }

        if (node.Child("not") is JsonObject negated)
        {
            yield return new SchemaEntry(negated, entry.Member("not"), entry.Flow, entry, SchemaLink.Member);
        }
    }

    private sealed class SharedWalk(JsonObject document)
    {
        public JsonObject Document { get; } = document;

        public IReadOnlyList<SchemaEntry>? Schemas { get; set; }
    }

    private sealed class WalkScope(SharedWalk? previous) : IDisposable
    {
        public void Dispose() => t_shared = previous;
    }
}
