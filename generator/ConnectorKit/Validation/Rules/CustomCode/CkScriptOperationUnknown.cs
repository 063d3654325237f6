using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.CustomCode;

/// <summary>apiProperties <c>scriptOperations</c> names only operations the swagger defines.</summary>
public sealed class CkScriptOperationUnknown : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkScriptOperationUnknown), "scriptOperations names an operation the swagger does not define.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var operationIds = context.Definition.Swagger.Operations.Select(o => o.OperationId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var names = context.Definition.Properties.Properties.Child("scriptOperations").ArrayOrNull() ?? [];
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].StringOrNull() is { } id && !operationIds.Contains(id))
            {
                context.Report(DefinitionFileKind.ApiProperties, JsonPointer.Append("/properties/scriptOperations", i),
                    $"scriptOperations names '{id}', which the swagger does not define.{Suggestions.DidYouMean(id, operationIds)}");
            }
        }
    }
}
