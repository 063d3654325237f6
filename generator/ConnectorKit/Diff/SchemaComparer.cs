using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Diff;

/// <summary>
/// Compares two schemas property by property, following <c>$ref</c>s, into arrays and nested objects. A request body
/// is compared for what callers must send, a response for what callers can read.
/// </summary>
internal sealed class SchemaComparer(DiffContext context, OperationPair pair, SchemaDirection direction)
{
    private const DefinitionFileKind Swagger = DefinitionFileKind.ApiDefinition;

    // Recursive definitions would otherwise be walked forever; one visit per pair of locations is enough.
    private readonly HashSet<(string Old, string New)> _visited = [];

    public void Compare(NodeAt old, NodeAt current, string label)
    {
        if (context.OldReferences.Resolve(old.Node, old.Pointer) is not { } oldSchema
            || context.NewReferences.Resolve(current.Node, current.Pointer) is not { } newSchema
            || !_visited.Add((oldSchema.Pointer, newSchema.Pointer)))
        {
            return;
        }

        var oldType = SchemaShape.TypeOf(oldSchema.Node);
        var newType = SchemaShape.TypeOf(newSchema.Node);
        if (oldType is not null && newType is not null && oldType != newType)
        {
            var code = direction == SchemaDirection.Request ? DiffCodes.ParameterTypeChanged : DiffCodes.ResponsePropertyTypeChanged;
            context.AtNew(code, Swagger, newSchema.Pointer, $"In '{pair.Name}', {label} changed type from {oldType} to {newType}. {Advice}");
            return;
        }

        if (direction == SchemaDirection.Request)
        {
            var removed = SchemaShape.RemovedEnumValues(oldSchema.Node, newSchema.Node);
            if (removed.Count > 0)
            {
                context.AtNew(DiffCodes.EnumValueRemoved, Swagger, JsonPointer.Append(newSchema.Pointer, "enum"),
                    $"In '{pair.Name}', {label} no longer accepts {string.Join(", ", removed)}. {Advice}");
            }
        }

        if (!SchemaShape.IsDynamic(oldSchema.Node) && !SchemaShape.IsDynamic(newSchema.Node))
        {
            CompareProperties(oldSchema, newSchema, label);
        }

        if (oldSchema.Node.Child("items") is JsonObject oldItems && newSchema.Node.Child("items") is JsonObject newItems)
        {
            Compare(new NodeAt(oldItems, JsonPointer.Append(oldSchema.Pointer, "items")),
                new NodeAt(newItems, JsonPointer.Append(newSchema.Pointer, "items")), $"{label}[]");
        }
    }

    private string Advice => pair.Old is { } old ? context.SafeRoute.NewRevision(old) : string.Empty;

    private void CompareProperties(NodeAt oldSchema, NodeAt newSchema, string label)
    {
        var oldProperties = SchemaShape.Properties(oldSchema.Node) ?? [];
        var newProperties = SchemaShape.Properties(newSchema.Node) ?? [];
        var oldPropertiesPointer = JsonPointer.Append(oldSchema.Pointer, "properties");
        var newPropertiesPointer = JsonPointer.Append(newSchema.Pointer, "properties");

        foreach (var (name, oldProperty) in oldProperties)
        {
            var propertyLabel = $"{label}.{name}";
            var oldPointer = JsonPointer.Append(oldPropertiesPointer, name);
            if (!newProperties.TryGetPropertyValue(name, out var newProperty) || newProperty is not JsonObject newObject)
            {
                ReportRemoved(oldPointer, propertyLabel);
                continue;
            }

            var newPointer = JsonPointer.Append(newPropertiesPointer, name);
            if (direction == SchemaDirection.Request
                && SchemaShape.IsRequiredProperty(newSchema.Node, name) && !SchemaShape.IsRequiredProperty(oldSchema.Node, name))
            {
                context.AtNew(DiffCodes.ParameterMadeRequired, Swagger, newPointer,
                    $"In '{pair.Name}', {propertyLabel} became required; flows that leave it empty now fail. {Advice}");
            }

            if (oldProperty is JsonObject oldObject)
            {
                Compare(new NodeAt(oldObject, oldPointer), new NodeAt(newObject, newPointer), propertyLabel);
            }
        }

        if (direction == SchemaDirection.Request)
        {
            foreach (var (name, newProperty) in newProperties.Where(p => !oldProperties.ContainsKey(p.Key)))
            {
                ReportAdded(newSchema.Node, name, newProperty, JsonPointer.Append(newPropertiesPointer, name), $"{label}.{name}");
            }
        }
    }

    private void ReportRemoved(string oldPointer, string label)
    {
        if (direction == SchemaDirection.Request)
        {
            context.AtOld(DiffCodes.ParameterRemoved, Swagger, oldPointer,
                $"In '{pair.Name}', {label} was removed from the request; flows that set it now fail. {Advice}");
        }
        else
        {
            context.AtOld(DiffCodes.ResponsePropertyRemoved, Swagger, oldPointer,
                $"In '{pair.Name}', {label} was removed from the response; flows that read it now fail. {Advice}");
        }
    }

    private void ReportAdded(JsonObject newSchema, string name, JsonNode? property, string pointer, string label)
    {
        var hasDefault = property is JsonObject obj && obj.ContainsKey("default");
        if (SchemaShape.IsRequiredProperty(newSchema, name) && !hasDefault)
        {
            context.AtNew(DiffCodes.RequiredParameterAdded, Swagger, pointer,
                $"In '{pair.Name}', the request gained the required {label}; existing flows do not set it. {Advice}");
        }
        else
        {
            context.AtNew(DiffCodes.ParameterAdded, Swagger, pointer, $"In '{pair.Name}', the request gained the optional {label}.");
        }
    }
}
