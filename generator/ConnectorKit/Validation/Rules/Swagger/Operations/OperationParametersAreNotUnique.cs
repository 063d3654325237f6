using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>An operation's <c>parameters</c> list does not hold the same entry twice (often one <c>$ref</c> listed twice).</summary>
public sealed class OperationParametersAreNotUnique : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationParametersAreNotUnique), "An operation lists the same parameter entry twice.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            var entries = operation.Parameters;
            for (var index = 1; index < entries.Count; index++)
            {
                if (entries.Take(index).Any(earlier => JsonValues.DeepEquals(earlier, entries[index])))
                {
                    context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(JsonPointer.Append(operation.Pointer, "parameters"), index),
                        $"Operation '{OperationLookup.DisplayName(operation)}' lists this parameter entry twice; remove the repeat.");
                }
            }
        }
    }
}
