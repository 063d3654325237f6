using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// The newer dynamic extensions read <c>a/b</c> as property <c>b</c> of parameter <c>a</c>. When a parameter is
/// itself named <c>a/b</c>, such a key or reference could mean either.
/// </summary>
public sealed class OperationParameterNameIsAmbiguous : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationParameterNameIsAmbiguous),
        "A dynamic extension names an input that is both a parameter and a body property path.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var call in DynamicCalls.In(context.Definition.ApiDefinition).Where(c => c.Invocation.UsesPathReferences))
        {
            foreach (var binding in call.Invocation.Bindings)
            {
                if (call.Target is { } target && IsAmbiguous(target, binding.Key))
                {
                    Report(context, binding, binding.Key, target);
                }

                if (binding.Reference is { } reference && IsAmbiguous(call.Caller, reference))
                {
                    Report(context, binding, reference, call.Caller);
                }
            }
        }
    }

    private static bool IsAmbiguous(OperationInputs inputs, string name) =>
        inputs.Parameter(name) is not null && inputs.FindProperty(name) is { IsParameter: false };

    private static void Report(ValidationContext context, DynamicBinding binding, string name, OperationInputs inputs) =>
        context.Report(DefinitionFileKind.ApiDefinition, binding.Pointer,
            $"'{name}' is both a parameter of '{OperationLookup.DisplayName(inputs.Operation)}' and the path of a property inside one of its body parameters; rename the parameter.");
}
