using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// A dropdown (<c>x-ms-dynamic-values</c>, <c>x-ms-dynamic-list</c>) lists the items of an array in the invoked
/// operation's successful response: at the collection path, or the response itself when no path is given.
/// </summary>
public sealed class InvokedOperationShouldProduceArray : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(InvokedOperationShouldProduceArray),
        "A dynamic list reads an array the invoked operation does not return.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var root = context.Definition.ApiDefinition;
        foreach (var call in DynamicCalls.In(root))
        {
            foreach (var gap in InvokedResponses.Gaps(root, call).Where(g => g.Expectation == ResponseExpectation.Array))
            {
                var where = gap.Path.Length == 0 ? "its response body" : $"'{gap.Path}' of its response";
                context.Report(DefinitionFileKind.ApiDefinition, gap.Pointer,
                    $"{context.Terms.Name(DefinitionFileKind.ApiDefinition, call.Invocation.Extension)} expects an array at {where}, but the successful response of '{OperationLookup.DisplayName(call.Target!.Operation)}' does not define one there.");
            }
        }
    }
}
