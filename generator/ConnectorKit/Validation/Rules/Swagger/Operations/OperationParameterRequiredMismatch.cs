using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// A required input of the invoked operation filled from an optional parameter of the caller (one without a default)
/// stays empty until the user fills that parameter, so the dynamic call fails until then.
/// </summary>
public sealed class OperationParameterRequiredMismatch : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationParameterRequiredMismatch),
        "A required input of an invoked operation is filled from an optional parameter.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var call in DynamicCalls.In(context.Definition.ApiDefinition))
        {
            foreach (var binding in BindingInputs.Judged(call).Where(b => b.Kind == BindingKind.Reference))
            {
                if (BindingInputs.Target(call, binding) is { IsParameter: true, Parameter.IsRequired: true }
                    && BindingInputs.Source(call, binding) is { IsParameter: true, Parameter: { IsRequired: false, HasDefault: false } source })
                {
                    context.Report(DefinitionFileKind.ApiDefinition, binding.Pointer,
                        $"'{binding.Key}' is required by '{OperationLookup.DisplayName(call.Target!.Operation)}', but it is filled from '{source.Name}', which '{OperationLookup.DisplayName(call.Caller.Operation)}' leaves optional; the list cannot load until a value is given.");
                }
            }
        }
    }
}
