using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Validation;

public class RuleTableDocumentTests
{
    /// <summary>Set this environment variable to 1 to rewrite the tables of docs/validator.md instead of failing.</summary>
    public const string UpdateVariable = "CONNECTORKIT_UPDATE_DOCS";

    [Fact]
    public void The_rule_tables_of_the_docs_match_the_catalogue()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "validator.md");
        var text = File.ReadAllText(path);
        var start = text.IndexOf(RuleTableDocument.Start, StringComparison.Ordinal);
        var end = text.IndexOf(RuleTableDocument.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/validator.md lacks the rule table markers.");

        var current = text[start..(end + RuleTableDocument.End.Length)];
        var expected = RuleTableDocument.Render();
        if (current != expected && Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, text[..start] + expected + text[(end + RuleTableDocument.End.Length)..]);
            return;
        }

        Assert.True(current == expected, $"The rule tables of docs/validator.md are out of date; run the tests with {UpdateVariable}=1 to rewrite them.");
    }
}
