using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>An operation of a family (<c>x-ms-api-annotation.family</c>) with its revision and status, when given.</summary>
internal sealed record FamilyMember(OperationView Operation, int? Revision, string? Status)
{
    public string AnnotationPointer => JsonPointer.Append(Operation.Pointer, "x-ms-api-annotation");

    public string RevisionPointer => JsonPointer.Append(AnnotationPointer, "revision");

    public bool IsActive => !Operation.IsDeprecated;

    public bool IsProduction => string.Equals(Status, "Production", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Groups operations into the families their <c>x-ms-api-annotation</c> declares, in file order.</summary>
internal static class OperationFamilies
{
    public static IEnumerable<(string Family, IReadOnlyList<FamilyMember> Members)> Of(SwaggerDocument swagger) =>
        Members(swagger)
            .Where(m => m.Family is not null)
            .GroupBy(m => m.Family!, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<FamilyMember>)[.. g.Select(m => m.Member)]));

    public static IEnumerable<(string? Family, FamilyMember Member)> Members(SwaggerDocument swagger)
    {
        foreach (var operation in swagger.Operations)
        {
            if (operation.ApiAnnotation is { } annotation)
            {
                yield return (annotation.Child("family").StringOrNull(), new FamilyMember(operation, RevisionOf(annotation.Child("revision")), annotation.Child("status").StringOrNull()));
            }
        }
    }

    /// <summary>A revision written as a number or as a numeric string; null when absent or not a whole number.</summary>
    private static int? RevisionOf(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) => number,
        JsonValue value when value.GetValueKind() == JsonValueKind.String
            && int.TryParse(value.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
