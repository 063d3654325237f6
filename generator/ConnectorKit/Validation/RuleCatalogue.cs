using ConnectorKit.Diagnostics;

namespace ConnectorKit.Validation;

/// <summary>
/// Every validation rule of the library, found by reflection (a new rule class is picked up without registration),
/// created once and ordered by code.
/// </summary>
public static class RuleCatalogue
{
    private static readonly Lazy<IReadOnlyList<IValidationRule>> LazyRules = new(Discover);

    public static IReadOnlyList<IValidationRule> Rules => LazyRules.Value;

    /// <summary>The descriptors of all rules, ordered by code: what SARIF's <c>rules[]</c> and the docs list.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors => [.. Rules.Select(r => r.Descriptor)];

    public static IValidationRule? Find(string code) =>
        Rules.FirstOrDefault(r => string.Equals(r.Descriptor.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the code is one a run can report: a rule's, or one of the toolkit's registry.</summary>
    public static bool IsKnownCode(string code) =>
        Find(code) is not null || DiagnosticCodes.All.Any(d => string.Equals(d.Code, code, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<IValidationRule> Discover() =>
        [.. typeof(RuleCatalogue).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IValidationRule).IsAssignableFrom(t))
            .Select(t => (IValidationRule)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(r => r.Descriptor.Code, StringComparer.Ordinal)];
}
