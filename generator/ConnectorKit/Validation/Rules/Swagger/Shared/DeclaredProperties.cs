using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>
/// The property names a schema declares: its own <c>properties</c> and those of the schemas it takes its shape from (a
/// <c>$ref</c>, with or without keys beside it, and the members of <c>allOf</c>), followed through further references.
/// </summary>
internal static class DeclaredProperties
{
    /// <summary>
    /// The names, or null when the schema (or one it takes its shape from) is open, or takes it from a reference that
    /// does not resolve: then no name can be said to be missing.
    /// </summary>
    public static IReadOnlySet<string>? Of(JsonObject root, JsonObject schema)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        return Collect(root, schema, names, new Visits()) ? names : null;
    }

    /// <summary>
    /// Whether a schema allows properties it does not list: other properties (<c>additionalProperties</c> other than
    /// false), a shape given at run time (dynamic schema or properties), or alternatives (<c>anyOf</c>, <c>oneOf</c>).
    /// </summary>
    public static bool IsOpen(JsonObject schema) =>
        (schema.Child("additionalProperties") is { } additional && additional.BooleanOrNull() != false)
        || schema.ContainsKey(DynamicInvocation.Schema) || schema.ContainsKey(DynamicInvocation.Properties)
        || schema.ContainsKey("anyOf") || schema.ContainsKey("oneOf");

    private static bool Collect(JsonObject root, JsonObject schema, HashSet<string> names, Visits visits)
    {
        // A schema met again on the way down is a loop of references, which resolves to nothing; one met again on
        // another branch (two allOf members sharing a base) has been collected already.
        if (visits.Open.Contains(schema))
        {
            return false;
        }

        if (!visits.Done.Add(schema))
        {
            return true;
        }

        if (IsOpen(schema))
        {
            return false;
        }

        visits.Open.Add(schema);
        names.UnionWith((schema.Child("properties").ObjectOrNull() ?? []).Select(p => p.Key));
        var closed = (schema.Child("$ref") is not { } reference
                || (reference.StringOrNull() is { } target && LocalReferences.Lookup(root, target) is { } resolved && Collect(root, resolved.Node, names, visits)))
            && (schema.Child("allOf").ArrayOrNull() ?? []).All(member => member is JsonObject part && Collect(root, part, names, visits));
        visits.Open.Remove(schema);
        return closed;
    }

    /// <summary>The schemas on the current chain of references and the ones already collected.</summary>
    private sealed class Visits
    {
        public HashSet<JsonObject> Open { get; } = new(ReferenceEqualityComparer.Instance);

        public HashSet<JsonObject> Done { get; } = new(ReferenceEqualityComparer.Instance);
    }
}
