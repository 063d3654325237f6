using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>Operation summaries avoid characters the platform reserves.</summary>
public sealed class RestrictedCharactersInSummary : IValidationRule
{
    /// <summary>Microsoft's connector string guidance: an operation summary has no slash ('/').</summary>
    private static readonly char[] Restricted = ['/'];

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(RestrictedCharactersInSummary), "An operation summary contains a restricted character.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            if (operation.Summary is { } summary && summary.IndexOfAny(Restricted) >= 0)
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(operation.Pointer, "summary"),
                    $"The summary of '{OperationLookup.DisplayName(operation)}' contains a restricted character ({string.Join(" ", Restricted.Where(summary.Contains).Select(c => "'" + c + "'"))}); rephrase it without.");
            }
        }
    }
}
