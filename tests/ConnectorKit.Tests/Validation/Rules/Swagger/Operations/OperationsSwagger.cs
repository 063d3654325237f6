using ConnectorKit.Tests.Validation.Rules.Swagger.Shared;
using ConnectorKit.Validation;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Operations;

/// <summary>Builds small Swagger documents for the Operations rules and asserts findings at the text a marker finds.</summary>
internal static class OperationsSwagger
{
    /// <summary>A document with the given members of <c>paths</c> and, optionally, more top-level members before it.</summary>
    public static string Document(string paths, string topLevel = "") =>
        "{\n  \"swagger\": \"2.0\",\n  \"info\": { \"title\": \"Test\", \"version\": \"1.0\" },\n"
        + (topLevel.Length > 0 ? "  " + topLevel + ",\n" : string.Empty)
        + "  \"paths\": {\n" + paths + "\n  }\n}\n";

    /// <summary>A document with one operation, written as the members of the operation object.</summary>
    public static string Operation(string members, string method = "get", string path = "/items", string topLevel = "") =>
        Document($"    \"{path}\": {{\n      \"{method}\": {{\n{members}\n      }}\n    }}", topLevel);

    /// <summary>A 200 response, for operations whose responses the test does not care about.</summary>
    public const string Ok = "\"responses\": { \"200\": { \"description\": \"OK\" } }";

    /// <summary>
    /// Asserts the rule reports exactly one finding, under its own code and severity, at the start of the
    /// <paramref name="occurrence"/>th occurrence of the marker text.
    /// </summary>
    public static void AssertAt(IValidationRule rule, string swagger, string marker, int occurrence = 1)
    {
        var finding = Assert.Single(RuleRunner.Run(rule, swagger));
        Assert.Equal(rule.GetType().Name, finding.Code);
        Assert.Equal(rule.Descriptor.DefaultSeverity, finding.Severity);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.Equal(PositionOf(swagger, marker, occurrence), (finding.Position.Line, finding.Position.Column));
    }

    public static void AssertClean(IValidationRule rule, string swagger) => Assert.Empty(RuleRunner.Run(rule, swagger));

    private static (int Line, int Column) PositionOf(string text, string marker, int occurrence)
    {
        var index = -1;
        for (var found = 0; found < occurrence; found++)
        {
            index = text.IndexOf(marker, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"The marker {marker} (occurrence {occurrence}) is not in the document.");
        }

        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return (1 + text[..index].Count(c => c == '\n'), index - lineStart + 1);
    }
}
