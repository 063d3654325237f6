
namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>The checks the numeric-bound rules share: a count keyword is not negative, a lower bound is not above its upper bound.</summary>
internal static class KeywordBounds
{
    public static void ReportNegative(ValidationContext context, string keyword)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            if (JsonKindOf.Number(site.Node[keyword]) is < 0)
            {
                context.ReportSwagger(site.Member(keyword), $"'{keyword}' is {site.Node[keyword]?.ToJsonString()}; it counts, so it must be zero or more.");
            }
        }
    }

    public static void ReportInverted(ValidationContext context, string lower, string upper)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            if (JsonKindOf.Number(site.Node[lower]) is { } low && JsonKindOf.Number(site.Node[upper]) is { } high && low > high)
            {
                context.ReportSwagger(site.Member(lower), $"'{lower}' ({low.ToString(System.Globalization.CultureInfo.InvariantCulture)}) is greater than '{upper}' ({high.ToString(System.Globalization.CultureInfo.InvariantCulture)}), so no value can be valid.");
            }
        }
    }
}
