using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// An object with <c>$ref</c> is replaced by what it refers to, so keys beside the reference are ignored. Schemas,
/// parameters and responses are checked. A warning: the file still works, but the extra keys (often a description or
/// a visibility) do nothing, which is rarely what the author meant.
/// </summary>
public sealed class AdditionalPropertyNotAllowedAdjacentToRef : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(AdditionalPropertyNotAllowedAdjacentToRef), "Keys are written beside a '$ref'.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        var references = DocumentSchemas.All(swagger).Where(s => s.IsReference).Select(s => (s.Node, s.Pointer))
            .Concat(SwaggerObjects.Parameters(swagger).Where(p => p.IsReference).Select(p => (p.Node, p.Pointer)))
            .Concat(SwaggerObjects.Responses(swagger).Where(r => r.IsReference).Select(r => (r.Node, r.Pointer)));
        foreach (var (node, pointer) in references)
        {
            foreach (var (key, _) in node.Where(p => p.Key != "$ref"))
            {
                context.ReportSwagger(JsonPointer.Append(pointer, key), $"{context.Terms.Name(DefinitionFileKind.ApiDefinition, key)} sits beside '$ref' and is ignored: the reference replaces the whole object. Move it into the referenced definition or remove it.");
            }
        }
    }
}
