using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// The inputs a dynamic extension names exist: each key is an input of the invoked operation, and each reference an
/// input of the calling operation. (A bare name of an older extension that is a body property is reported by the
/// rules asking for the newer extension instead.)
/// </summary>
public sealed class OperationParameterNameNotFound : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationParameterNameNotFound), "A dynamic extension names an input the operation does not have.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var call in DynamicCalls.In(context.Definition.ApiDefinition))
        {
            foreach (var binding in BindingInputs.Judged(call))
            {
                if (call.Target is { } target && BindingInputs.Target(call, binding) is null && !(IsLegacy(call) && target.IsBodyProperty(binding.Key)))
                {
                    context.Report(DefinitionFileKind.ApiDefinition, binding.Pointer,
                        $"'{binding.Key}' is not an input of operation '{OperationLookup.DisplayName(target.Operation)}', which {context.Terms.Name(DefinitionFileKind.ApiDefinition, call.Invocation.Extension)} invokes.");
                }

                if (binding.Kind == BindingKind.Reference && BindingInputs.Source(call, binding) is null && !(IsLegacy(call) && call.Caller.IsBodyProperty(binding.Reference!)))
                {
                    context.Report(DefinitionFileKind.ApiDefinition, binding.Pointer,
                        $"'{binding.Reference}' is not an input of operation '{OperationLookup.DisplayName(call.Caller.Operation)}', so {context.Terms.Name(DefinitionFileKind.ApiDefinition, call.Invocation.Extension)} cannot read it.");
                }
            }
        }
    }

    private static bool IsLegacy(DynamicCall call) => !call.Invocation.UsesPathReferences;
}
