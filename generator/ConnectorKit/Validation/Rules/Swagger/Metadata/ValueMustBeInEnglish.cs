using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Certification;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary>
/// A certified connector's title and description are in English. Language is judged with a heuristic that cannot
/// flag Latin-script text: see <see cref="CertificationText.NonLatinLetter"/>.
/// </summary>
public sealed class ValueMustBeInEnglish : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ValueMustBeInEnglish), "The title or description is not in English.", Severity.Error);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        Check(context, "title", CertificationText.Title(context), CertificationText.TitlePointer);
        Check(context, "description", CertificationText.Description(context), CertificationText.DescriptionPointer);
    }

    private static void Check(ValidationContext context, string field, string? value, string pointer)
    {
        if (value is not null && CertificationText.NonLatinLetter(value) is { } letter)
        {
            context.ReportSwagger(pointer, $"The {field} contains '{letter}', a letter of a non-Latin script; certified connectors write it in English.");
        }
    }
}
