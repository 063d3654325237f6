using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Diff;

/// <summary>
/// Compares the parameters of an operation pair (its own and its path item's, with <c>$ref</c>s resolved): matched by
/// location and name, then by name alone to find a parameter that moved.
/// </summary>
internal sealed class ParameterComparer(DiffContext context, OperationPair pair)
{
    private const DefinitionFileKind Swagger = DefinitionFileKind.ApiDefinition;

    public void Compare(OperationView old, OperationView current)
    {
        var oldParameters = Collect(old, context.OldReferences);
        var newParameters = Collect(current, context.NewReferences);

        foreach (var oldParameter in oldParameters.ToList())
        {
            var match = newParameters.FindIndex(n => n.Name == oldParameter.Name && n.In == oldParameter.In);
            if (match < 0)
            {
                continue;
            }

            CompareMatched(oldParameter, newParameters[match]);
            oldParameters.Remove(oldParameter);
            newParameters.RemoveAt(match);
        }

        foreach (var oldParameter in oldParameters)
        {
            var moved = newParameters.FindIndex(n => n.Name == oldParameter.Name);
            if (moved >= 0)
            {
                var newParameter = newParameters[moved];
                context.AtNew(DiffCodes.ParameterLocationChanged, Swagger, newParameter.SitePointer,
                    $"In '{pair.Name}', the parameter '{oldParameter.Name}' moved from {oldParameter.In} to {newParameter.In}. {Advice(old)}");
                newParameters.RemoveAt(moved);
                continue;
            }

            context.AtOld(DiffCodes.ParameterRemoved, Swagger, oldParameter.SitePointer,
                $"In '{pair.Name}', the {oldParameter.In} parameter '{oldParameter.Name}' was removed; flows that set it now fail. {Advice(old)}");
        }

        foreach (var added in newParameters)
        {
            if (added.IsRequired && !added.At.Node.ContainsKey("default"))
            {
                context.AtNew(DiffCodes.RequiredParameterAdded, Swagger, added.SitePointer,
                    $"In '{pair.Name}', the required {added.In} parameter '{added.Name}' was added; existing flows do not set it. {Advice(old)}");
            }
            else
            {
                context.AtNew(DiffCodes.ParameterAdded, Swagger, added.SitePointer,
                    $"In '{pair.Name}', the optional {added.In} parameter '{added.Name}' was added.");
            }
        }
    }

    private void CompareMatched(Parameter old, Parameter current)
    {
        if (!old.IsRequired && current.IsRequired)
        {
            context.AtNew(DiffCodes.ParameterMadeRequired, Swagger, current.At.Pointer,
                $"In '{pair.Name}', the {current.In} parameter '{current.Name}' became required; flows that leave it empty now fail. {Advice(pair.Old!.Value)}");
        }

        if (old.In == "body")
        {
            if (old.At.Node.Child("schema") is JsonObject oldSchema && current.At.Node.Child("schema") is JsonObject newSchema)
            {
                new SchemaComparer(context, pair, SchemaDirection.Request).Compare(
                    new NodeAt(oldSchema, JsonPointer.Append(old.At.Pointer, "schema")),
                    new NodeAt(newSchema, JsonPointer.Append(current.At.Pointer, "schema")),
                    $"the body '{current.Name}'");
            }

            return;
        }

        // A non-body parameter carries type, enum and items itself, as a schema does.
        new SchemaComparer(context, pair, SchemaDirection.Request).Compare(old.At, current.At, $"the {current.In} parameter '{current.Name}'");
    }

    private string Advice(OperationView old) => context.SafeRoute.NewRevision(old);

    private static List<Parameter> Collect(OperationView operation, ReferenceResolver references)
    {
        var pathLevel = Resolve(operation.PathItem.Child("parameters").ArrayOrNull(), JsonPointer.Append(JsonPointer.Parent(operation.Pointer)!, "parameters"), references);
        var own = Resolve(operation.Parameters, JsonPointer.Append(operation.Pointer, "parameters"), references);

        // An operation's own parameter overrides the path item's of the same location and name.
        return [.. pathLevel.Where(p => !own.Exists(o => o.Name == p.Name && o.In == p.In)), .. own];
    }

    private static List<Parameter> Resolve(JsonArray? parameters, string arrayPointer, ReferenceResolver references)
    {
        var result = new List<Parameter>();
        for (var index = 0; index < (parameters?.Count ?? 0); index++)
        {
            var site = JsonPointer.Append(arrayPointer, index);
            if (references.Resolve(parameters![index], site) is { } resolved && resolved.Node.Child("name").StringOrNull() is { } name)
            {
                result.Add(new Parameter(name, resolved.Node.Child("in").StringOrNull() ?? "unknown", resolved, site));
            }
        }

        return result;
    }

    /// <summary>A resolved parameter: <see cref="At"/> is its definition, <see cref="SitePointer"/> its entry in the operation.</summary>
    private sealed record Parameter(string Name, string In, NodeAt At, string SitePointer)
    {
        public bool IsRequired => In == "path" || At.Node.Child("required").BooleanOrNull() == true;
    }
}
