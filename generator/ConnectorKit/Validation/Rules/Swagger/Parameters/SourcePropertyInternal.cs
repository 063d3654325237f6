using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Parameters;

/// <summary>
/// A dynamic extension (<c>x-ms-dynamic-values</c>, <c>-list</c>, <c>-schema</c>, <c>-properties</c>) fills an input of
/// the operation it calls from an input of this operation. If that source is internal (or sits inside an internal
/// parent) the user never sets it, and its default is not passed along: the call gets no value.
/// </summary>
public sealed class SourcePropertyInternal : IValidationRule
{
    private static readonly string[] Extensions = ["x-ms-dynamic-values", "x-ms-dynamic-list", "x-ms-dynamic-schema", "x-ms-dynamic-properties"];

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SourcePropertyInternal), "A dynamic extension reads an input that is internal.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in swagger.Operations)
        {
            var parameters = OperationParameters.Effective(swagger.Node, operation);
            foreach (var site in OperationSchemas.Of(swagger.Node, operation).Where(s => s.Role == SchemaRole.Input))
            {
                foreach (var extension in Extensions)
                {
                    if (site.Node[extension].Child("parameters") is not JsonObject references)
                    {
                        continue;
                    }

                    var referencesPointer = JsonPointer.Append(JsonPointer.Append(site.Pointer, extension), "parameters");
                    foreach (var (key, value) in references)
                    {
                        var (member, source) = SourceOf(value);
                        if (source is not null && IsInternal(swagger.Node, parameters, source))
                        {
                            var pointer = JsonPointer.Append(JsonPointer.Append(referencesPointer, key), member);
                            if (reported.Add(pointer))
                            {
                                context.ReportSwagger(pointer, $"The input '{source}' of operation '{operation.OperationId}' is internal (or inside an internal parent), so it has no value to pass; make it visible or pass a static value instead.");
                            }
                        }
                    }
                }
            }
        }
    }

    private static (string Member, string? Source) SourceOf(JsonNode? value) => value switch
    {
        JsonObject reference when reference.Child("parameter").StringOrNull() is { } name => ("parameter", name),
        JsonObject reference when reference.Child("parameterReference").StringOrNull() is { } path => ("parameterReference", path),
        _ => (string.Empty, null),
    };

    private static bool IsInternal(JsonObject root, IReadOnlyList<ResolvedParameter> parameters, string source)
    {
        var segments = source.Split('/');
        var parameter = parameters.FirstOrDefault(p => p.Name == segments[0]);
        if (parameter is null)
        {
            return false;
        }

        if (parameter.IsInternal)
        {
            return true;
        }

        JsonNode? schema = parameter.Schema;
        var pointer = JsonPointer.Append(parameter.DefinitionPointer, "schema");
        foreach (var segment in segments.Skip(1))
        {
            if (schema is not JsonObject node || LocalReferences.Resolve(root, node, pointer) is not { } resolved)
            {
                return false;
            }

            pointer = JsonPointer.Append(JsonPointer.Append(resolved.Pointer, "properties"), segment);
            schema = resolved.Node.Child("properties").Child(segment);
            if (schema is JsonObject property && LocalReferences.Resolve(root, property, pointer) is { } target
                && (property.Child("x-ms-visibility").StringOrNull() ?? target.Node.Child("x-ms-visibility").StringOrNull()) == "internal")
            {
                return true;
            }
        }

        return false;
    }
}
