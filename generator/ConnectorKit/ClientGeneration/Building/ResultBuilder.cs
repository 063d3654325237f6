using System.Text.Json.Nodes;
using ConnectorKit.ClientGeneration.Schemas;
using ConnectorKit.ClientGeneration.Text;
using ConnectorKit.ClientGeneration.ViewModels;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.ClientGeneration.Building;

/// <summary>
/// What a method returns: the schema of its first 2xx response that has one (or of <c>default</c> when no 2xx response
/// is declared); none when the success responses carry no schema.
/// </summary>
internal sealed class ResultBuilder(ModelCatalog catalog, SwaggerReferences references)
{
    public static readonly ResultViewModel None = new() { Type = null, ReadCall = string.Empty, DocLine = string.Empty };

    public (ResultViewModel Result, TypeRef? Type) Build(OperationView operation, string methodName, bool forceValue)
    {
        var response = SuccessResponse(operation);
        var type = response.Child("schema") is { } schema ? catalog.Map(schema, methodName + "Result") : null;
        if (type is null && forceValue)
        {
            type = TypeRef.JsonNode;
        }

        if (type is null)
        {
            return (None, null);
        }

        var readCall = type.Kind switch
        {
            TypeKind.Bytes => "ReadBytesAsync(response, cancellationToken)",
            TypeKind.Text => "ReadTextAsync(response, cancellationToken)",
            _ => $"ReadJsonAsync<{type.Result}>(response, {CSharpLiteral.String(type.FallbackJson)}, cancellationToken)",
        };
        var doc = DocText.Line(response.Child("description").StringOrNull());
        return (new ResultViewModel { Type = type.Result, ReadCall = readCall, DocLine = doc.Length > 0 ? doc : "The answer of the service." }, type);
    }

    private JsonObject? SuccessResponse(OperationView operation)
    {
        var responses = operation.Responses
            .Select(r => (Code: r.Key, Node: references.Resolve(r.Value, "responses")))
            .Where(r => r.Node is not null)
            .ToList();
        var success = responses.Where(r => r.Code.StartsWith('2')).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        var candidates = success.Count > 0 ? success : responses.Where(r => r.Code == "default").ToList();
        return candidates.Select(r => r.Node).FirstOrDefault(n => n.Child("schema") is not null) ?? candidates.Select(r => r.Node).FirstOrDefault();
    }
}
