using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>Naming operations in findings, and small lookups over the operations of a document.</summary>
internal static class OperationLookup
{
    /// <summary>The operation id, or <c>METHOD /path</c> for an operation without one.</summary>
    public static string DisplayName(OperationView operation) =>
        operation.OperationId ?? operation.Method.ToUpperInvariant() + " " + operation.Path;

    /// <summary>The first operation with each id; duplicated ids are another rule's concern.</summary>
    public static IReadOnlyDictionary<string, OperationView> ById(SwaggerDocument swagger)
    {
        var byId = new Dictionary<string, OperationView>(StringComparer.Ordinal);
        foreach (var operation in swagger.Operations)
        {
            if (operation.OperationId is { } id)
            {
                byId.TryAdd(id, operation);
            }
        }

        return byId;
    }

    /// <summary>The MIME types the operation accepts: its own <c>consumes</c>, else the document's; null when neither says.</summary>
    public static IReadOnlyList<string>? Consumes(SwaggerDocument swagger, OperationView operation)
    {
        var list = operation.Node.Child("consumes").ArrayOrNull() ?? swagger.Node.Child("consumes").ArrayOrNull();
        return list is null ? null : [.. list.Select(n => n.StringOrNull()).OfType<string>()];
    }

    /// <summary>A MIME type without parameters, lower case: <c>Multipart/Form-Data; boundary=x</c> gives <c>multipart/form-data</c>.</summary>
    public static string MediaType(string mimeType) => mimeType.Split(';')[0].Trim().ToLowerInvariant();
}
