using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// The extensions that call another operation of the connector name one that exists: dynamic values, lists, schemas
/// and properties, the steps of a dynamic tree or file picker, <c>x-ms-notification</c>, the test connection
/// capability and the trigger simulation context.
/// </summary>
public sealed class OperationIdNotFound : IValidationRule
{
    private static readonly HashSet<string> CallingExtensions = new(StringComparer.Ordinal)
    {
        DynamicInvocation.Values, DynamicInvocation.List, DynamicInvocation.Schema, DynamicInvocation.Properties,
        WebhookInputs.Notification, "testConnection", "simulate",
    };

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationIdNotFound), "An extension names an operation that does not exist.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var ids = OperationLookup.ById(context.Definition.Swagger);
        foreach (var site in DocumentObjects.Of(context.Definition.ApiDefinition))
        {
            if (IsCall(site) && site.Node.Child("operationId").StringOrNull() is { } id && !ids.ContainsKey(id))
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(site.Pointer, "operationId"),
                    $"'{site.Key}' calls operation '{id}', which this definition does not have; use the operationId of an existing operation.");
            }
        }
    }

    private static bool IsCall(ObjectSite site) => site.Key is { } key && (CallingExtensions.Contains(key)
        || (key is "open" or "browse" && (site.Pointer.Contains("/x-ms-dynamic-tree/", StringComparison.Ordinal) || site.Pointer.Contains("/file-picker/", StringComparison.Ordinal))));
}
