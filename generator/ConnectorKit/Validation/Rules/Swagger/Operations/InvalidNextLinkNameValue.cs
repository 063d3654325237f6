using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>Paging follows a next-page link the platform knows by name: <c>nextLink</c> or <c>@odata.nextLink</c>.</summary>
public sealed class InvalidNextLinkNameValue : IValidationRule
{
    private static readonly string[] Supported = ["nextLink", "@odata.nextLink"];

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(InvalidNextLinkNameValue), "'x-ms-pageable' names an unsupported next-link property.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            var pageable = operation.Node.Child("x-ms-pageable");
            if (pageable.Child("nextLinkName") is { } value && (value.StringOrNull() is not { } name || !Supported.Contains(name, StringComparer.Ordinal)))
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(JsonPointer.Append(operation.Pointer, "x-ms-pageable"), "nextLinkName"),
                    $"Operation '{OperationLookup.DisplayName(operation)}' pages with next-link property {value.ToJsonString()}; the platform follows only 'nextLink' or '@odata.nextLink'.");
            }
        }
    }
}
