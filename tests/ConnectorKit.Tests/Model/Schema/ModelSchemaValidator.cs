using ConnectorKit.Diagnostics;
using ConnectorKit.Loading;
using ConnectorKit.Model.Schema;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ConnectorKit.Tests.Model.Schema;

/// <summary>
/// Validates YAML model text against the embedded model schema, the way an editor does: the YAML is read with the
/// loader's own parser and typed with its scalar rules, then checked as JSON.
/// </summary>
internal static class ModelSchemaValidator
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() => JsonSchema.FromJsonAsync(ConnectorModelSchema.Text));

    /// <summary>Every error, the nested ones of the schema's branches included.</summary>
    public static async Task<IReadOnlyList<ValidationError>> ValidateAsync(string yaml, string file = "model.yaml")
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlTreeParser.Parse(yaml, file, diagnostics);
        Assert.True(root is not null, $"{file} is not well-formed YAML: {string.Join("; ", diagnostics.Items)}");
        var json = RawJsonConverter.ToJson(root)?.ToJsonString() ?? "null";
        var schema = await Schema.Value;
        return [.. Flatten(schema.Validate(json))];
    }

    public static string Describe(IEnumerable<ValidationError> errors) =>
        string.Join("\n", errors.Select(e => $"{e.Kind} at {e.Path} ({e.LineNumber}:{e.LinePosition})"));

    // Branches of anyOf/allOf/items and of multi-type schemas carry the errors that tell what is wrong.
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(error => error switch
        {
            ChildSchemaValidationError child => child.Errors.Values.SelectMany(Flatten).Prepend(error),
            MultiTypeValidationError multiType => multiType.Errors.Values.SelectMany(Flatten).Prepend(error),
            _ => [error],
        });
}
