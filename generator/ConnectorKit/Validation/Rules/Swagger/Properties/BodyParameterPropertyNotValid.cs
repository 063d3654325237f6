using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>A body parameter describes its content with <c>schema</c>; the value keywords of other parameters do not apply to it.</summary>
public sealed class BodyParameterPropertyNotValid : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(BodyParameterPropertyNotValid), "A body parameter uses a keyword of non-body parameters.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in SwaggerObjects.Parameters(context.Definition.Swagger))
        {
            if (parameter.IsReference || !parameter.IsIn("body"))
            {
                continue;
            }

            foreach (var key in parameter.Node.Select(p => p.Key).Where(k => SwaggerShapes.OtherParameter.Fields.ContainsKey(k) && !SwaggerShapes.BodyParameter.Fields.ContainsKey(k)))
            {
                context.ReportSwagger(JsonPointer.Append(parameter.Pointer, key), $"A body parameter cannot use '{key}'; describe the body's type in its 'schema' instead.");
            }
        }
    }
}
