using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>What the form-related rules need to know about an operation's request content.</summary>
internal static class FormContent
{
    public const string Multipart = "multipart/form-data";
    public const string UrlEncoded = "application/x-www-form-urlencoded";

    public static IReadOnlyList<ResolvedParameter> FormDataParameters(System.Text.Json.Nodes.JsonObject root, OperationView operation) =>
        [.. OperationParameters.Effective(root, operation).Where(p => p.IsIn("formData"))];

    /// <summary>The media types the operation accepts (see <see cref="OperationLookup.Consumes"/>), normalised.</summary>
    public static IReadOnlyList<string> MediaTypes(SwaggerDocument swagger, OperationView operation) =>
        [.. (OperationLookup.Consumes(swagger, operation) ?? []).Select(OperationLookup.MediaType)];

    /// <summary>A file: <c>type: file</c>, or a string of raw bytes.</summary>
    public static bool IsBinary(ResolvedParameter parameter) =>
        parameter.Type == "file" || (parameter.Type == "string" && parameter.Node.Child("format").StringOrNull() == "binary");
}
