using System.Text.RegularExpressions;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>Certification: operation ids are PascalCase, letters and digits only (coding standards).</summary>
public sealed partial class CkCertOperationIdCase : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkCertOperationIdCase), "An operation id is not PascalCase letters and digits.", Severity.Warning);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            if (operation.OperationId is { } id && !PascalCase().IsMatch(id))
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(operation.Pointer, "operationId"),
                    $"The operation id '{id}' must be PascalCase: an upper-case letter, then letters and digits only.");
            }
        }
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PascalCase();
}
