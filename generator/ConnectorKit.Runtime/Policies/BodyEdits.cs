using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies;

/// <summary>
/// The shared shape of the body templates: a parent path (each element, when it leads to a collection), a property
/// sub path below it, and a new path written from the body's root (<c>@body()</c>) or from the element (<c>@item()</c>).
/// </summary>
internal static class BodyEdits
{
    /// <summary>
    /// Calls <paramref name="edit"/> for each parent and writes the body back; notes in the context when there is
    /// nothing to edit. A collection at the parent path is a collection of parents only when a sub path leads into each
    /// element; without one, the collection is itself the value to work on ("leave the sub path empty when the parent
    /// is the array").
    /// </summary>
    public static void ForEachParent(PolicyContext context, BodyPath parentPath, IReadOnlyList<PathStep> subPath, Action<JsonNode, JsonNode> edit)
    {
        if (context.Body.ReadJson() is not { } root)
        {
            context.Changes.Add("nothing changed: the body is empty or not JSON");
            return;
        }

        var parent = JsonPath.Read(root, parentPath.Steps);
        switch (parent)
        {
            case null:
                context.Changes.Add($"nothing changed: the body has no value at {parentPath}");
                return;
            case JsonArray collection when subPath.Count > 0:
                foreach (var element in collection.OfType<JsonNode>().ToList())
                {
                    edit(root, element);
                }

                break;
            default:
                edit(root, parent);
                break;
        }

        context.Body.WriteJson(root);
    }

    public static IReadOnlyList<PathStep> SubPath(PolicyDefinition policy, string name = "propertySubPath") =>
        policy.Optional(name) is { } text ? JsonPath.ParseDotted(text) : [];

    /// <summary>Writes at a new path: from the element with <c>@item()</c>, else from the body's root.</summary>
    public static bool Write(BodyPath target, JsonNode root, JsonNode element, JsonNode? value) =>
        JsonPath.Write(target.FromItem ? element : root, target.Steps, value);

    public static string Where(BodyPath target, IReadOnlyList<PathStep> below) =>
        target.Text + (below.Count > 0 ? "." + JsonPath.Describe(below) : string.Empty);
}
