using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>The <c>replacement</c> objects of <c>x-ms-api-annotation</c> that lack a member both replacement rules require.</summary>
internal static class ReplacementInfo
{
    public static IEnumerable<(OperationView Operation, string Pointer)> Lacking(SwaggerDocument swagger, string member)
    {
        foreach (var operation in swagger.Operations)
        {
            if (operation.ApiAnnotation.Child("replacement") is JsonObject replacement && string.IsNullOrWhiteSpace(replacement[member].StringOrNull()))
            {
                yield return (operation, JsonPointer.Append(JsonPointer.Append(operation.Pointer, "x-ms-api-annotation"), "replacement"));
            }
        }
    }
}
