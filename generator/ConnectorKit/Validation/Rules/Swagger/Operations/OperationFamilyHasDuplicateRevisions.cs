using System.Globalization;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>Each operation of a family has its own revision number.</summary>
public sealed class OperationFamilyHasDuplicateRevisions : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationFamilyHasDuplicateRevisions), "Two operations of a family have the same revision.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (family, members) in OperationFamilies.Of(context.Definition.Swagger))
        {
            var revised = members.Where(m => m.Revision is not null).ToList();
            for (var index = 1; index < revised.Count; index++)
            {
                var member = revised[index];
                if (revised.Take(index).FirstOrDefault(m => m.Revision == member.Revision) is { } earlier)
                {
                    context.Report(DefinitionFileKind.ApiDefinition, member.RevisionPointer,
                        string.Create(CultureInfo.InvariantCulture, $"Operations '{OperationLookup.DisplayName(earlier.Operation)}' and '{OperationLookup.DisplayName(member.Operation)}' of family '{family}' both have revision {member.Revision}; number each revision uniquely."));
                }
            }
        }
    }
}
