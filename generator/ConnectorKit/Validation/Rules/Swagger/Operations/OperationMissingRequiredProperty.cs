using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// A dynamic extension fills every required input of the operation it invokes, unless the input has a default the
/// platform sends by itself.
/// </summary>
public sealed class OperationMissingRequiredProperty : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationMissingRequiredProperty),
        "A dynamic extension does not fill a required input of the operation it invokes.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var call in DynamicCalls.In(context.Definition.ApiDefinition))
        {
            if (call.Target is not { } target)
            {
                continue;
            }

            var bindings = call.Invocation.Bindings;
            foreach (var parameter in target.Parameters.Where(p => p.IsRequired && !p.HasDefault && !bindings.Any(b => OperationInputs.Covers(b.Key, p))))
            {
                var pointer = call.Invocation.Node.ContainsKey("parameters") ? JsonPointer.Append(call.Invocation.Pointer, "parameters") : call.Invocation.Pointer;
                context.Report(DefinitionFileKind.ApiDefinition, pointer,
                    $"{context.Terms.Name(DefinitionFileKind.ApiDefinition, call.Invocation.Extension)} invokes '{OperationLookup.DisplayName(target.Operation)}' without its required parameter '{parameter.Name}'; add it to 'parameters'.");
            }
        }
    }
}
