using ConnectorKit.Expansion;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>The four rules that ask for a newer dynamic extension beside an older one share this loop.</summary>
internal static class LegacyReferenceRule
{
    public static void Check(ValidationContext context, string legacyExtension, string replacement, LegacyReferenceKind kind)
    {
        foreach (var call in DynamicCalls.In(context.Definition.ApiDefinition))
        {
            foreach (var (binding, found) in LegacyReferences.Unreplaced(call, legacyExtension).Where(r => r.Kind == kind))
            {
                var reason = kind == LegacyReferenceKind.Ambiguous
                    ? $"names '{binding.Reference}', which is both a parameter and a body property of '{OperationLookup.DisplayName(call.Caller.Operation)}'"
                    : $"names '{binding.Reference}', a property inside a parameter of '{OperationLookup.DisplayName(call.Caller.Operation)}' rather than a parameter";
                context.Report(DefinitionFileKind.ApiDefinition, LegacyReferences.PointerOf(binding),
                    $"{context.Terms.Name(DefinitionFileKind.ApiDefinition, legacyExtension)} {reason}; add {context.Terms.Name(DefinitionFileKind.ApiDefinition, replacement)} and reference the input by its path string (for example 'body/{binding.Reference}').");
            }
        }
    }
}
