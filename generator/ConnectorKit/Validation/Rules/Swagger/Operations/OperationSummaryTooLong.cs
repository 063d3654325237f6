using System.Globalization;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>The summary is the operation's name in the designer; long ones are cut off.</summary>
public sealed class OperationSummaryTooLong : IValidationRule
{
    /// <summary>
    /// Microsoft's explanation of this code asks for summaries "fewer than 120 characters" (Fix Swagger Validator errors).
    /// The stricter 80-character limit of the certification string guidance is a certification rule of its own.
    /// </summary>
    public const int Limit = 120;

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationSummaryTooLong), "An operation summary is too long to read well.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            if (operation.Summary is { Length: >= Limit } summary)
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(operation.Pointer, "summary"),
                    string.Create(CultureInfo.InvariantCulture, $"The summary of '{OperationLookup.DisplayName(operation)}' has {summary.Length} characters; keep it under {Limit} so the designer shows it whole."));
            }
        }
    }
}
