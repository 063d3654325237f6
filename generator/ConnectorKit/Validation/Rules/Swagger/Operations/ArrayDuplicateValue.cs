using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// The arrays Swagger 2.0 declares as sets (<c>enum</c>, <c>required</c>, <c>consumes</c>, <c>produces</c>,
/// <c>schemes</c> and an operation's <c>tags</c>) hold each value once.
/// </summary>
public sealed class ArrayDuplicateValue : IValidationRule
{
    private static readonly string[] SetKeywords = ["enum", "required", "consumes", "produces", "schemes", "tags"];

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ArrayDuplicateValue), "An array that must hold unique values repeats one.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in DocumentObjects.Of(context.Definition.ApiDefinition))
        {
            foreach (var keyword in SetKeywords)
            {
                // The document-level 'tags' holds tag objects; repeated names there are TagRedefined.
                if (site.Node[keyword] is JsonArray values && !(keyword == "tags" && site.Pointer.Length == 0))
                {
                    ReportRepeats(context, values, JsonPointer.Append(site.Pointer, keyword), keyword);
                }
            }
        }
    }

    private static void ReportRepeats(ValidationContext context, JsonArray values, string pointer, string keyword)
    {
        for (var index = 1; index < values.Count; index++)
        {
            var value = values[index];
            if (values.Take(index).Any(earlier => JsonValues.DeepEquals(earlier, value)))
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(pointer, index),
                    $"'{keyword}' lists {value?.ToJsonString() ?? "null"} more than once; keep one occurrence.");
            }
        }
    }
}
