using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Inputs;

namespace ConnectorKit.Validation;

/// <summary>One validation of one path: read it, run the rules, and return every finding the options keep, sorted.</summary>
public static class ConnectorValidation
{
    public static IReadOnlyList<Diagnostic> Run(string path, ValidationOptions options) =>
        Run(ValidationInputLoader.Load(path), options);

    public static IReadOnlyList<Diagnostic> Run(ValidationInput input, ValidationOptions options)
    {
        var ruleFindings = input.Context is null ? [] : new ConnectorValidator(options).Validate(input.Context);
        var findings = options.ApplyAll(input.Diagnostics.Select(AsUploadCheck)).Concat(ruleFindings)
            .Select(d => d.Position.File.Length == 0 && input.DefaultFile is { } file ? d with { Position = d.Position.InFile(file) } : d)
            .Where(d => input.OnlyFile is null || string.Equals(d.Position.File, input.OnlyFile, StringComparison.Ordinal));
        return DiagnosticOrder.Sort(findings);
    }

    /// <summary>
    /// Validation judges whether a connector can be uploaded: a file paconn cannot parse (CK1019, a warning where the
    /// file is only read) is an error here.
    /// </summary>
    private static Diagnostic AsUploadCheck(Diagnostic diagnostic) =>
        diagnostic.Descriptor == DiagnosticCodes.PaconnCannotParse ? diagnostic with { Severity = Severity.Error } : diagnostic;
}
