using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>
/// The part of a <c>$ref</c> after '#' is a JSON pointer (RFC 6901): empty or '/'-separated, with '~' only in '~0' and
/// '~1'. A well-formed pointer to the wrong place is reported by the reference rules of its kind.
/// </summary>
public sealed class JsonPointerNotValid : IValidationRule
{
    private static readonly string[] Sections = ["definitions", "parameters", "responses"];

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(JsonPointerNotValid), "A '$ref' is not a valid JSON pointer.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var section in Sections)
        {
            ReferenceFindings.Report(context, section, ReferenceProblem.NotAPointer,
                site => $"'{site.Reference}' is not a JSON pointer: after '#' it must start with '/', as in '#/{site.Section}/Name', with '~' written '~0' and a '/' inside a name written '~1'.");
        }
    }
}
