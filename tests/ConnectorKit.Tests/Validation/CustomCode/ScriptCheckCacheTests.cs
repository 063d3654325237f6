using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Validation;
using ConnectorKit.Validation.CustomCode;
using ConnectorKit.Validation.Inputs;
using ConnectorKit.Validation.Rules.CustomCode;

namespace ConnectorKit.Tests.Validation.CustomCode;

/// <summary>
/// The script rules run once per script content: the findings of a script met before are replayed at the place of
/// the script being validated, from memory or from the store on disk. These tests set the process-wide store, so
/// they run alone.
/// </summary>
[Collection(nameof(ScriptCheckStoreCollection))]
public sealed class ScriptCheckCacheTests : IDisposable
{
    private readonly TemporaryFolder _cache = new();

    public ScriptCheckCacheTests() => ScriptCheckCache.Store = new ScriptCheckStore(_cache.Path);

    public void Dispose()
    {
        ScriptCheckCache.Store = null;
        _cache.Dispose();
    }

    [Fact]
    public void The_same_script_in_another_folder_gets_the_same_findings_at_its_own_place()
    {
        var script = Broken("same script, two folders");
        using var first = new ConnectorFolder(script: script);
        using var second = new ConnectorFolder(script: script);

        var firstFindings = ScriptFindings(first);
        var secondFindings = ScriptFindings(second);

        Assert.Contains(firstFindings, d => d.Code == nameof(CkScriptCompileError) && d.Position == first.PositionOf(DefinitionFiles.Script, "respons;"));
        Assert.Equal(firstFindings.Select(d => d with { Position = d.Position.InFile(second.FileOf(DefinitionFiles.Script)) }), secondFindings);
    }

    [Fact]
    public void A_script_checked_once_is_kept_on_disk_under_its_content_hash()
    {
        var script = Broken("kept on disk");
        using var folder = new ConnectorFolder(script: script);

        var findings = ScriptFindings(folder);

        var entry = new ScriptCheckStore(_cache.Path).Read(ScriptCheckCache.KeyOf(new ConnectorScript(File.ReadAllText(folder.FileOf(DefinitionFiles.Script)))));
        Assert.NotNull(entry);
        var compileError = Assert.Single(findings, d => d.Code == nameof(CkScriptCompileError));
        Assert.Equal([new ScriptFinding(compileError.Position.Line, compileError.Position.Column, compileError.Message)], entry.FindingsByRule[nameof(CkScriptCompileError)]);
    }

    [Fact]
    public void A_stored_entry_is_replayed_instead_of_compiling_the_script()
    {
        using var folder = new ConnectorFolder(script: Broken("replayed from the store"));
        var key = ScriptCheckCache.KeyOf(new ConnectorScript(File.ReadAllText(folder.FileOf(DefinitionFiles.Script))));
        var rules = RuleCatalogue.Rules.OfType<IScriptRule>().ToDictionary(r => r.Descriptor.Code, _ => (IReadOnlyList<ScriptFinding>)[]);
        rules[nameof(CkScriptCompileError)] = [new ScriptFinding(2, 5, "the finding the store holds")];
        new ScriptCheckStore(_cache.Path).Write(new ScriptCheckEntry(key, rules));

        var findings = ScriptFindings(folder);

        var finding = Assert.Single(findings);
        Assert.Equal((nameof(CkScriptCompileError), "the finding the store holds"), (finding.Code, finding.Message));
        Assert.Equal(new SourcePosition(folder.FileOf(DefinitionFiles.Script), 2, 5), finding.Position);
    }

    [Fact]
    public void A_script_rule_that_fails_is_reported_every_time_and_never_kept()
    {
        using var folder = new ConnectorFolder(script: Broken("a failing rule"));
        var validator = new ConnectorValidator(ValidationOptions.Default, [new FailingScriptRule()]);

        foreach (var run in Enumerable.Range(0, 2))
        {
            var findings = validator.Validate(ValidationInputLoader.Load(folder.Path).Context!);

            Assert.Equal([DiagnosticCodes.ValidationRuleFailed.Code], findings.Select(d => d.Code));
        }

        Assert.Empty(Directory.GetFileSystemEntries(_cache.Path));
    }

    /// <summary>The sample script with a compile error, made unique by a comment so no other test has checked it.</summary>
    private static string Broken(string comment) =>
        $"// {comment}\n" + SampleConnector.Script.Replace("return response;", "return respons;", StringComparison.Ordinal);

    private static List<Diagnostic> ScriptFindings(ConnectorFolder folder) =>
        [.. folder.Validate().Where(d => RuleCatalogue.Find(d.Code) is IScriptRule)];

    private sealed class FailingScriptRule : IScriptRule
    {
        public DiagnosticDescriptor Descriptor { get; } = new("TestFailingScriptRule", "A script rule that fails.", Severity.Error);

        public bool CertificationOnly => false;

        public void Validate(ValidationContext context) => throw new InvalidOperationException("broken");
    }
}

[CollectionDefinition(nameof(ScriptCheckStoreCollection), DisableParallelization = true)]
public sealed class ScriptCheckStoreCollection;
