using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>An input the invoked operation takes is filled from a caller input of the same type (an integer may fill a number).</summary>
public sealed class OperationParameterTypeMismatch : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationParameterTypeMismatch),
        "A dynamic extension fills an input from a caller input of another type.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var call in DynamicCalls.In(context.Definition.ApiDefinition))
        {
            foreach (var binding in BindingInputs.Judged(call).Where(b => b.Kind == BindingKind.Reference))
            {
                if (BindingInputs.Target(call, binding)?.Type is { } expected && BindingInputs.Source(call, binding)?.Type is { } given
                    && expected != given && !(expected == "number" && given == "integer"))
                {
                    context.Report(DefinitionFileKind.ApiDefinition, binding.Pointer,
                        $"'{binding.Key}' of '{OperationLookup.DisplayName(call.Target!.Operation)}' has type '{expected}', but '{OperationLookup.DisplayName(call.Caller.Operation)}' fills it from '{binding.Reference}' of type '{given}'.");
                }
            }
        }
    }
}
