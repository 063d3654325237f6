using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>A summary or description a user reads in the designer, with the JSON pointer of its key.</summary>
internal readonly record struct TextSite(string Text, string Pointer, string Owner);

/// <summary>
/// The operation and parameter texts certification reviews: each operation's summary and description, and each
/// parameter's x-ms-summary and description (inline on operations and path items, and the shared ones).
/// </summary>
internal static class TextSites
{
    public static IEnumerable<TextSite> Summaries(ValidationContext context) => Collect(context, "summary", "x-ms-summary");

    public static IEnumerable<TextSite> Descriptions(ValidationContext context) => Collect(context, "description", "description");

    private static IEnumerable<TextSite> Collect(ValidationContext context, string operationKey, string parameterKey)
    {
        var swagger = context.Definition.Swagger;
        foreach (var operation in swagger.Operations)
        {
            var owner = $"operation {operation.OperationId ?? $"{operation.Method.ToUpperInvariant()} {operation.Path}"}";
            if (operation.Node[operationKey].StringOrNull() is { } text)
            {
                yield return new TextSite(text, JsonPointer.Append(operation.Pointer, operationKey), owner);
            }

            foreach (var site in Parameters(operation.Parameters, JsonPointer.Append(operation.Pointer, "parameters"), parameterKey))
            {
                yield return site;
            }
        }

        foreach (var (path, item) in swagger.Paths ?? [])
        {
            var pointer = JsonPointer.Append(JsonPointer.Append("/paths", path), "parameters");
            foreach (var site in Parameters(item.Child("parameters").ArrayOrNull() ?? [], pointer, parameterKey))
            {
                yield return site;
            }
        }

        foreach (var (key, parameter) in swagger.SharedParameters ?? [])
        {
            if (parameter.Child(parameterKey).StringOrNull() is { } text)
            {
                yield return new TextSite(text, JsonPointer.Append(JsonPointer.Append("/parameters", key), parameterKey), $"parameter {key}");
            }
        }
    }

    private static IEnumerable<TextSite> Parameters(JsonArray parameters, string pointer, string key)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i] is JsonObject parameter && parameter[key].StringOrNull() is { } text)
            {
                var name = parameter.Child("name").StringOrNull() ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                yield return new TextSite(text, JsonPointer.Append(JsonPointer.Append(pointer, i), key), $"parameter {name}");
            }
        }
    }
}
