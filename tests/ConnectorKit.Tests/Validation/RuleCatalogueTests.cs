using ConnectorKit.Diagnostics;
using ConnectorKit.Validation;

namespace ConnectorKit.Tests.Validation;

public class RuleCatalogueTests
{
    public static TheoryData<string> RuleTypes { get; } = [.. RuleCatalogue.Rules.Select(r => r.GetType().FullName!)];

    [Theory]
    [MemberData(nameof(RuleTypes))]
    public void A_rules_code_is_its_class_name_and_a_Microsoft_code_or_one_of_ours(string typeName)
    {
        var rule = RuleCatalogue.Rules.Single(r => r.GetType().FullName == typeName);

        Assert.Equal(rule.GetType().Name, rule.Descriptor.Code);
        Assert.True(MicrosoftRuleCodes.Contains(rule.Descriptor.Code) || rule.Descriptor.Code.StartsWith("Ck", StringComparison.Ordinal),
            $"{rule.Descriptor.Code} is neither a code of Microsoft's catalogue nor one of ours (Ck...).");
        Assert.False(string.IsNullOrWhiteSpace(rule.Descriptor.Title));
    }

    [Fact]
    public void Rules_are_ordered_by_code_and_their_codes_are_unique_and_apart_from_the_toolkit_registry()
    {
        var codes = RuleCatalogue.Rules.Select(r => r.Descriptor.Code).ToList();

        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Empty(codes.Intersect(DiagnosticCodes.All.Select(d => d.Code), StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Rules_are_created_once()
    {
        Assert.Same(RuleCatalogue.Rules[0], RuleCatalogue.Rules[0]);
        Assert.Same(RuleCatalogue.Rules, RuleCatalogue.Rules);
    }

    [Fact]
    public void Microsofts_catalogue_has_its_174_codes_once_each()
    {
        Assert.Equal(174, MicrosoftRuleCodes.All.Count);
        Assert.Equal(174, MicrosoftRuleCodes.All.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Each_Microsoft_code_is_implemented_or_says_why_not_but_never_both()
    {
        var implemented = RuleCatalogue.Rules.Select(r => r.Descriptor.Code).ToHashSet(StringComparer.Ordinal);

        var neither = MicrosoftRuleCodes.All.Where(c => !implemented.Contains(c.Code) && !UnimplementedMicrosoftRules.Reasons.ContainsKey(c.Code)).Select(c => c.Code);
        var both = UnimplementedMicrosoftRules.Reasons.Keys.Where(implemented.Contains);
        var unknown = UnimplementedMicrosoftRules.Reasons.Keys.Where(c => !MicrosoftRuleCodes.Contains(c));

        Assert.Empty(neither);
        Assert.Empty(both);
        Assert.Empty(unknown);
    }

    [Fact]
    public void Known_codes_are_the_rules_and_the_toolkit_registry_ignoring_case()
    {
        Assert.True(RuleCatalogue.IsKnownCode("ckcertsummarytoolong"));
        Assert.True(RuleCatalogue.IsKnownCode("CK1008"));
        Assert.False(RuleCatalogue.IsKnownCode("NoSuchRule"));
    }
}
