using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>A literal a dynamic extension passes to the invoked operation has the type of the input it fills.</summary>
public sealed class OperationParameterStaticTypeMismatch : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationParameterStaticTypeMismatch),
        "A dynamic extension passes a literal of the wrong type.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var call in DynamicCalls.In(context.Definition.ApiDefinition))
        {
            foreach (var binding in BindingInputs.Judged(call).Where(b => b.Kind == BindingKind.Static && b.Value is not null))
            {
                if (BindingInputs.Target(call, binding)?.Type is { } type && JsonKindOf.ForType(type) is { } accepted
                    && (JsonKindOf.Of(binding.Value) & accepted) == JsonKinds.None)
                {
                    context.Report(DefinitionFileKind.ApiDefinition, binding.Pointer,
                        $"'{binding.Key}' of '{OperationLookup.DisplayName(call.Target!.Operation)}' has type '{type}', but the literal given is of type '{JsonKindOf.Name(binding.Value)}'.");
                }
            }
        }
    }
}
