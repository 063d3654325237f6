using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>The parameters of operations and path items, with <c>$ref</c>s to <c>#/parameters</c> resolved.</summary>
internal static class OperationParameters
{
    /// <summary>The entries of one <c>parameters</c> list; entries whose reference cannot be followed are left out.</summary>
    public static IReadOnlyList<ResolvedParameter> Listed(JsonObject root, JsonNode? list, string listPointer)
    {
        var resolved = new List<ResolvedParameter>();
        if (list is not JsonArray entries)
        {
            return resolved;
        }

        for (var index = 0; index < entries.Count; index++)
        {
            var pointer = JsonPointer.Append(listPointer, index);
            if (entries[index] is JsonObject entry && LocalReferences.Resolve(root, entry, pointer) is { } definition)
            {
                resolved.Add(new ResolvedParameter(definition.Node, pointer, definition.Pointer, entry));
            }
        }

        return resolved;
    }

    /// <summary>The operation's own parameter list.</summary>
    public static IReadOnlyList<ResolvedParameter> Declared(JsonObject root, OperationView operation) =>
        Listed(root, operation.Node.Child("parameters"), JsonPointer.Append(operation.Pointer, "parameters"));

    /// <summary>
    /// What the operation takes: its own parameters plus those of its path item that it does not override
    /// (Swagger 2.0 matches an override by name and location).
    /// </summary>
    public static IReadOnlyList<ResolvedParameter> Effective(JsonObject root, OperationView operation)
    {
        var own = Declared(root, operation);
        var pathItemPointer = JsonPointer.Parent(operation.Pointer)!;
        var inherited = Listed(root, operation.PathItem.Child("parameters"), JsonPointer.Append(pathItemPointer, "parameters"))
            .Where(shared => !own.Any(p => p.Name == shared.Name && string.Equals(p.In, shared.In, StringComparison.OrdinalIgnoreCase)));
        return [.. inherited, .. own];
    }
}
