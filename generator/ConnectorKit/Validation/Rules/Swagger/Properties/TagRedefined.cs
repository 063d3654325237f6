using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>Each tag of the root <c>tags</c> list is declared once.</summary>
public sealed class TagRedefined : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(TagRedefined), "A tag is declared twice.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tags = context.Definition.ApiDefinition.Child("tags").ArrayOrNull() ?? [];
        for (var index = 0; index < tags.Count; index++)
        {
            if (tags[index].Child("name").StringOrNull() is { } name && !seen.Add(name))
            {
                context.ReportSwagger(JsonPointer.Append("/tags", index), $"The tag '{name}' is already declared earlier in 'tags'; remove this one or merge them.");
            }
        }
    }
}
