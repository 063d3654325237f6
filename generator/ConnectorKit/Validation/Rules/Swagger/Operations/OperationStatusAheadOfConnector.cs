using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// An operation cannot be further along than its connector: while <c>info.x-ms-api-annotation.status</c> is Preview,
/// no operation is in Production.
/// </summary>
public sealed class OperationStatusAheadOfConnector : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationStatusAheadOfConnector), "An operation is in Production while the connector is not.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        var connectorStatus = swagger.Node.Child("info").Child("x-ms-api-annotation").Child("status").StringOrNull();
        if (connectorStatus is null || string.Equals(connectorStatus, "Production", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var (_, member) in OperationFamilies.Members(swagger).Where(m => m.Member.IsProduction))
        {
            context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(member.AnnotationPointer, "status"),
                $"Operation '{OperationLookup.DisplayName(member.Operation)}' is in Production status, but the connector is in '{connectorStatus}'; keep the operation at the connector's status.");
        }
    }
}
