using System.Globalization;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// Each value an <c>enum</c> allows has the type the schema or parameter declares. A string spelling a value of that
/// type (<c>"true"</c> for a boolean, <c>"7"</c> for an integer) is accepted: values travel as text, and 21 enums of
/// certified connectors list booleans as <c>["true", "false"]</c>.
/// </summary>
public sealed class InvalidEnumValue : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(InvalidEnumValue), "An enum value does not have the declared type.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            if (site.Type is not { } type || JsonKindOf.ForType(type) is not { } accepted || site.Node.Child("enum") is not JsonArray values)
            {
                continue;
            }

            var enumPointer = JsonPointer.Append(site.Pointer, "enum");
            for (var index = 0; index < values.Count; index++)
            {
                if (JsonKindOf.Of(values[index]) is var kinds && kinds != JsonKinds.None && (kinds & accepted) == 0 && !IsTextOf(type, values[index]))
                {
                    context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(enumPointer, index),
                        $"The enum value {values[index]!.ToJsonString()} is of type '{JsonKindOf.Name(values[index])}', but the declared type is '{type}'.");
                }
            }
        }
    }

    private static bool IsTextOf(string type, JsonNode? value) => value.StringOrNull() is { } text && type switch
    {
        "boolean" => bool.TryParse(text, out _),
        "integer" => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        "number" => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        _ => false,
    };
}
