using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>Paging follows a next-page link the platform knows by name: <c>nextLink</c> or <c>@odata.nextLink</c>.</summary>
public sealed class InvalidNextLinkNameValue : IValidationRule
{
    private static readonly string[] Supported = ["nextLink", "@odata.nextLink"];

    private static readonly KeyFix SetNextLink = KeyFix.Set("x-ms-pageable/nextLinkName", Supported[0], Supported[1]);

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(InvalidNextLinkNameValue), "'x-ms-pageable' names an unsupported next-link property.", Severity.Error);

    public bool CertificationOnly => false;

    public IReadOnlyList<KeyFix> Fixes => [SetNextLink];

    public void Validate(ValidationContext context)
    {
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            var pageable = operation.Node.Child("x-ms-pageable");
            if (pageable.Child("nextLinkName") is { } value && (value.StringOrNull() is not { } name || !Supported.Contains(name, StringComparer.Ordinal)))
            {
                context.Report(SetNextLink.At(operation.Pointer), hint =>
                    $"Operation '{OperationLookup.DisplayName(operation)}' pages with next-link property {value.ToJsonString()}, which the platform does not follow; {hint}.");
            }
        }
    }
}
