using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// Power Apps and generated clients turn operation ids into identifiers, dropping what an identifier cannot hold.
/// An id made only of letters, digits and underscores (Microsoft's own <c>_V2</c> suffixes keep the underscore)
/// stays the same; others are renamed, so the name users see differs from the id.
/// </summary>
public sealed class OperationIdSanitized : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationIdSanitized), "An operationId has characters that are dropped when it becomes an identifier.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            if (operation.OperationId is { Length: > 0 } id && Sanitize(id) is var sanitized && sanitized != id)
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(operation.Pointer, "operationId"),
                    $"The operationId '{id}' becomes '{sanitized}' as an identifier; use letters and digits only so both read the same.");
            }
        }
    }

    public static string Sanitize(string id) => string.Concat(id.Where(c => char.IsAsciiLetterOrDigit(c) || c == '_'));
}
