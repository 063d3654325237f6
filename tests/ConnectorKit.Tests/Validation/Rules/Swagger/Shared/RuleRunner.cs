using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Shared;

/// <summary>
/// Runs one rule over JSON text read with positions, as the validator does. In a test case, the marker '»' stands just
/// before the key the finding must point at; it is removed before reading, and its line and column are the expected ones.
/// </summary>
internal static class RuleRunner
{
    public const char Marker = '»';

    public static IReadOnlyList<Diagnostic> Run(IValidationRule rule, string swagger, string? apiProperties = null)
    {
        var definition = JsonFileReader.Read(Encoding.UTF8.GetBytes(swagger), DefinitionFiles.ApiDefinition);
        Assert.Empty(definition.Diagnostics);
        var properties = apiProperties is null ? null : JsonFileReader.Read(Encoding.UTF8.GetBytes(apiProperties), DefinitionFiles.ApiProperties);
        var connector = new ConnectorDefinition((JsonObject)definition.Root!, properties?.Root as JsonObject);
        var context = new ValidationContext(connector, definition.Positions, properties?.Positions ?? JsonPositionIndex.Empty(DefinitionFiles.ApiProperties))
        {
            CurrentRule = rule,
        };
        rule.Validate(context);
        return context.Findings;
    }

    /// <summary>Asserts the rule named by <paramref name="code"/> reports exactly one finding, under its code, at the marker.</summary>
    public static void AssertFindingAtMarker(string code, string markedSwagger)
    {
        var rule = RuleCatalogue.Find(code) ?? throw new InvalidOperationException($"No rule {code}.");
        var offset = markedSwagger.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(offset >= 0, "The test case has no marker.");
        var line = markedSwagger[..offset].Count(c => c == '\n') + 1;
        var column = offset - (markedSwagger.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1) + 1;

        var finding = Assert.Single(Run(rule, markedSwagger.Remove(offset, 1)));
        Assert.Equal(code, rule.GetType().Name);
        Assert.Equal(code, finding.Code);
        Assert.Equal(rule.Descriptor.DefaultSeverity, finding.Severity);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.Equal((line, column), (finding.Position.Line, finding.Position.Column));
    }

    public static void AssertClean(string code, string swagger)
    {
        var rule = RuleCatalogue.Find(code) ?? throw new InvalidOperationException($"No rule {code}.");
        Assert.Empty(Run(rule, swagger));
    }
}
