using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>
/// A definition that requires, through a chain of required properties (or <c>allOf</c> members), a value of itself can
/// never be satisfied: every value would have to be infinitely deep. Optional recursion (trees, linked items) is fine.
/// </summary>
public sealed class RequiredLoopInSchemaNotAllowed : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(RequiredLoopInSchemaNotAllowed), "Definitions require each other in a loop.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        var edges = new Dictionary<string, List<(string Target, string Pointer)>>(StringComparer.Ordinal);
        foreach (var definition in DocumentSchemas.Roots(swagger).Where(r => r.Flow == SchemaFlow.Either))
        {
            var name = JsonPointer.Split(definition.Pointer)[1];
            edges[name] = [.. RequiredReferences(swagger.Node, definition)];
        }

        foreach (var (source, targets) in edges)
        {
            foreach (var (target, pointer) in targets)
            {
                if (Reaches(edges, target, source))
                {
                    context.ReportSwagger(pointer, $"'{source}' requires '{target}', which in turn requires '{source}' again: no value could ever satisfy them. Make one property of the loop optional.");
                }
            }
        }
    }

    /// <summary>The definitions a schema needs a value of: references reached through required properties and allOf members.</summary>
    private static IEnumerable<(string Target, string Pointer)> RequiredReferences(JsonObject root, SchemaEntry schema)
    {
        if (schema.Node.Child("$ref").StringOrNull() is { } reference)
        {
            if (ReferenceCheck.Check(root, reference, "definitions") == ReferenceProblem.None)
            {
                yield return (JsonPointer.Split(Uri.UnescapeDataString(reference[1..]))[1], schema.Member("$ref"));
            }

            yield break;
        }

        var required = (schema.Node.Child("required") as JsonArray ?? []).Select(r => r.StringOrNull()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var child in DocumentSchemas.Children(schema))
        {
            var needed = child.Link == SchemaLink.Member ? JsonPointer.Parent(child.Pointer) == schema.Member("allOf")
                : child.Link == SchemaLink.Property && required.Contains(child.PropertyName!);
            if (needed)
            {
                foreach (var edge in RequiredReferences(root, child))
                {
                    yield return edge;
                }
            }
        }
    }

    private static bool Reaches(Dictionary<string, List<(string Target, string Pointer)>> edges, string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var current))
        {
            if (current == to)
            {
                return true;
            }

            if (seen.Add(current) && edges.TryGetValue(current, out var next))
            {
                foreach (var (target, _) in next)
                {
                    pending.Push(target);
                }
            }
        }

        return false;
    }
}
