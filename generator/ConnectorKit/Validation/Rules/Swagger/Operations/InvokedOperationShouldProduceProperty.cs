using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// The value, title and schema paths of a dynamic extension name properties of the invoked operation's successful
/// response (of each listed item, for dropdowns); the response schema must define them.
/// </summary>
public sealed class InvokedOperationShouldProduceProperty : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(InvokedOperationShouldProduceProperty),
        "A dynamic extension reads a property the invoked operation does not return.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var root = context.Definition.ApiDefinition;
        foreach (var call in DynamicCalls.In(root))
        {
            foreach (var gap in InvokedResponses.Gaps(root, call).Where(g => g.Expectation == ResponseExpectation.Property))
            {
                context.Report(DefinitionFileKind.ApiDefinition, gap.Pointer,
                    $"{context.Terms.Name(DefinitionFileKind.ApiDefinition, call.Invocation.Extension)} reads '{gap.Path}', but the successful response of '{OperationLookup.DisplayName(call.Target!.Operation)}' does not define that property.");
            }
        }
    }
}
