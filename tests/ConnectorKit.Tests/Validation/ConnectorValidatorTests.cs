using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Hints;
using ConnectorKit.Json;
using ConnectorKit.Validation;

namespace ConnectorKit.Tests.Validation;

public class ConnectorValidatorTests
{
    private static readonly DiagnosticDescriptor WarningDescriptor = new("TestWarning", "A test finding.", Severity.Warning);

    [Fact]
    public void A_rule_that_throws_becomes_a_finding_and_the_other_rules_still_report()
    {
        var validator = new ConnectorValidator(ValidationOptions.Default, [new ThrowingRule(), new TitleRule(WarningDescriptor, certificationOnly: false)]);

        var findings = validator.Validate(ContextOf("""{ "info": { "title": "T" } }"""));

        Assert.Equal([DiagnosticCodes.ValidationRuleFailed.Code, "TestWarning"], findings.Select(f => f.Code).Order(StringComparer.Ordinal));
        var crash = Assert.Single(findings, f => f.Code == DiagnosticCodes.ValidationRuleFailed.Code);
        Assert.Contains("ThrowingRule", crash.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: broken", crash.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_gives_a_fix_it_does_not_list_fails_like_a_crash()
    {
        var validator = new ConnectorValidator(ValidationOptions.Default, [new UnlistedFixRule()]);

        var crash = Assert.Single(validator.Validate(ContextOf("""{ "info": { "title": "T" } }""")));

        Assert.Equal(DiagnosticCodes.ValidationRuleFailed.Code, crash.Code);
        Assert.Contains("gives a fix it does not list", crash.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Certification_only_rules_run_only_in_certification_mode()
    {
        var rules = new IValidationRule[] { new TitleRule(WarningDescriptor, certificationOnly: true) };
        var context = """{ "info": { "title": "T" } }""";

        Assert.Empty(new ConnectorValidator(ValidationOptions.Default, rules).Validate(ContextOf(context)));
        Assert.Single(new ConnectorValidator(new ValidationOptions { Certification = true }, rules).Validate(ContextOf(context)));
    }

    [Fact]
    public void Options_switch_codes_off_change_severity_and_turn_warnings_into_errors()
    {
        var rules = new IValidationRule[] { new TitleRule(WarningDescriptor, certificationOnly: false) };
        var context = """{ "info": { "title": "T" } }""";
        IReadOnlyList<Diagnostic> Run(ValidationOptions options) => new ConnectorValidator(options, rules).Validate(ContextOf(context));

        Assert.Empty(Run(new ValidationOptions { DisabledCodes = new HashSet<string>(["testwarning"], StringComparer.OrdinalIgnoreCase) }));
        Assert.Empty(Run(new ValidationOptions { SeverityOverrides = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase) { ["TestWarning"] = null } }));
        Assert.Equal(Severity.Info, Run(new ValidationOptions { SeverityOverrides = new Dictionary<string, Severity?> { ["TestWarning"] = Severity.Info } }).Single().Severity);
        Assert.Equal(Severity.Error, Run(new ValidationOptions { WarningsAsErrors = true }).Single().Severity);
        Assert.Equal(Severity.Warning, Run(ValidationOptions.Default).Single().Severity);
    }

    [Fact]
    public void Findings_come_sorted_by_file_line_column_and_code()
    {
        var rules = new IValidationRule[] { new TitleRule(new DiagnosticDescriptor("B", "b", Severity.Error), false), new TitleRule(new DiagnosticDescriptor("A", "a", Severity.Error), false) };

        var findings = new ConnectorValidator(ValidationOptions.Default, rules).Validate(ContextOf("""{ "info": { "title": "T" } }"""));

        Assert.Equal(["A", "B"], findings.Select(f => f.Code));
    }

    private static ValidationContext ContextOf(string swagger)
    {
        var read = JsonFileReader.Read(System.Text.Encoding.UTF8.GetBytes(swagger), "apiDefinition.swagger.json");
        return new ValidationContext(new ConnectorDefinition((JsonObject)read.Root!, null), read.Positions, JsonPositionIndex.Empty("apiProperties.json"));
    }

    /// <summary>Reports a fix without listing it in Fixes, so the fix table and the tests of fixes would miss it.</summary>
    private sealed class UnlistedFixRule : IValidationRule
    {
        public DiagnosticDescriptor Descriptor { get; } = new(nameof(UnlistedFixRule), "Gives an unlisted fix.", Severity.Warning);

        public bool CertificationOnly => false;

        public void Validate(ValidationContext context) =>
            context.Report(KeyFix.Add("x-ms-summary", "Title").At("/info"), hint => $"The info needs a summary; {hint}.");
    }

    private sealed class ThrowingRule : IValidationRule
    {
        public DiagnosticDescriptor Descriptor { get; } = new(nameof(ThrowingRule), "Throws.", Severity.Error);

        public bool CertificationOnly => false;

        public void Validate(ValidationContext context) => throw new InvalidOperationException("broken");
    }

    private sealed class TitleRule(DiagnosticDescriptor descriptor, bool certificationOnly) : IValidationRule
    {
        public DiagnosticDescriptor Descriptor { get; } = descriptor;

        public bool CertificationOnly { get; } = certificationOnly;

        public void Validate(ValidationContext context) => context.Report(DefinitionFileKind.ApiDefinition, "/info/title", "The title.");
    }
}
