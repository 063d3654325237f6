using System.Globalization;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// A later revision carries its number in its id (<c>GetItems_V2</c> for revision 2), so users and flows can tell the
/// revisions apart. The first revision needs no suffix.
/// </summary>
public sealed class OperationIdShouldEndWithRevision : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationIdShouldEndWithRevision), "An operation id does not end with its revision.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (_, member) in OperationFamilies.Members(context.Definition.Swagger))
        {
            if (member.Revision is > 1 and var revision && member.Operation.OperationId is { } id
                && "V" + revision.ToString(CultureInfo.InvariantCulture) is var suffix && !id.EndsWith(suffix, StringComparison.Ordinal))
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(member.Operation.Pointer, "operationId"),
                    string.Create(CultureInfo.InvariantCulture, $"Operation '{id}' is revision {revision} of its family; end its id with '{suffix}' (for example '_{suffix}')."));
            }
        }
    }
}
