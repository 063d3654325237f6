using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>Paths are matched without regard to case, so two paths differing only in case are the same path.</summary>
public sealed class PathRedefined : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(PathRedefined), "A path is defined twice with different capitalisation.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var first = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, _) in context.Definition.Swagger.Paths ?? [])
        {
            if (!first.TryAdd(path, path))
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append("/paths", path),
                    $"The path '{path}' differs from '{first[path]}' only in capitalisation; paths compare without case, so merge their operations under one path.");
            }
        }
    }
}
