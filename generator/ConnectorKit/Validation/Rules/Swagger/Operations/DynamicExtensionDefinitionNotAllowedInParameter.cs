using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>A body parameter's content is described by its schema, so dynamic extensions go on the schema, not on the parameter.</summary>
public sealed class DynamicExtensionDefinitionNotAllowedInParameter : IValidationRule
{
    private static readonly string[] DynamicExtensions =
        [DynamicInvocation.Values, DynamicInvocation.List, DynamicInvocation.Schema, DynamicInvocation.Properties, DynamicInvocation.Tree];

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(DynamicExtensionDefinitionNotAllowedInParameter),
        "A dynamic extension is written on a body parameter instead of its schema.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in SwaggerObjects.Parameters(context.Definition.Swagger).Where(p => !p.IsReference && p.IsIn("body")))
        {
            foreach (var extension in DynamicExtensions.Where(parameter.Node.ContainsKey))
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(parameter.Pointer, extension),
                    $"'{extension}' is written on body parameter '{parameter.Node.Child("name").StringOrNull()}'; move it into the parameter's 'schema'.");
            }
        }
    }
}
