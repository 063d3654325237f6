using System.Text.Json.Nodes;

namespace ConnectorKit.Runtime.Policies.Expressions;

/// <summary>Reads, writes and removes the value at a path of property and index steps in a JSON tree.</summary>
public static class JsonPath
{
    public static JsonNode? Read(JsonNode? root, IReadOnlyList<PathStep> steps)
    {
        var current = root;
        foreach (var step in steps)
        {
            current = (current, step) switch
            {
                (JsonObject obj, { Property: { } name }) => obj[name],
                (JsonArray array, { Index: { } index }) when index < array.Count => array[index],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>Writes the value, creating the objects on the way; false when the path runs into a value that is not an object or array.</summary>
    public static bool Write(JsonNode root, IReadOnlyList<PathStep> steps, JsonNode? value)
    {
        if (steps.Count == 0)
        {
            return false;
        }

        var current = root;
        foreach (var step in steps.Take(steps.Count - 1))
        {
            var next = Read(current, [step]);
            if (next is null && current is JsonObject obj && step.Property is { } name)
            {
                next = new JsonObject();
                obj[name] = next;
            }

            if (next is null)
            {
                return false;
            }

            current = next;
        }

        switch (current, steps[^1])
        {
            case (JsonObject target, { Property: { } property }):
                target[property] = value;
                return true;
            case (JsonArray target, { Index: { } index }) when index < target.Count:
                target[index] = value;
                return true;
            default:
                return false;
        }
    }

    public static bool Remove(JsonNode root, IReadOnlyList<PathStep> steps) =>
        steps.Count > 0 && steps[^1].Property is { } name && Read(root, [.. steps.Take(steps.Count - 1)]) is JsonObject parent && parent.Remove(name);

    /// <summary>A plain dotted path (<c>peopleObject.XYZ.Age</c>), as the templates' sub path parameters take.</summary>
    public static IReadOnlyList<PathStep> ParseDotted(string path) =>
        [.. path.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new PathStep(p, null))];

    public static string Describe(IReadOnlyList<PathStep> steps) => steps.Count == 0 ? "(root)" : string.Concat(steps).TrimStart('.');
}
