using System.Globalization;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>Operation ids become names in flows and apps and have a maximum length.</summary>
public sealed class OperationIdTooLong : IValidationRule
{
    /// <summary>
    /// Chosen, not documented: Microsoft's message names the limit only as {0}. The longest id among the 314 corpus
    /// connectors has 69 characters; 80 leaves room above that and matches the 80-character limit Microsoft documents for
    /// operation summaries (connector string guidance).
    /// </summary>
    public const int MaxLength = 80;

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationIdTooLong), "An operationId is too long.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            if (operation.OperationId is { Length: > MaxLength } id)
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(operation.Pointer, "operationId"),
                    string.Create(CultureInfo.InvariantCulture, $"The operationId '{id}' has {id.Length} characters; keep it to {MaxLength} or fewer."));
            }
        }
    }
}
