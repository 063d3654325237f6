using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Definition;

/// <summary>A typed view of <c>apiDefinition.swagger.json</c>; reads go to the JSON tree, so the view never disagrees with it.</summary>
public readonly record struct SwaggerDocument(JsonObject Node)
{
    /// <summary>The HTTP methods a Swagger 2.0 path item may hold, in the specification's order.</summary>
    public static readonly IReadOnlyList<string> Methods = ["get", "put", "post", "delete", "options", "head", "patch"];

    public string? Title => Node.Child("info").Child("title").StringOrNull();

    public string? Host => Node.Child("host").StringOrNull();

    public string? BasePath => Node.Child("basePath").StringOrNull();

    public JsonObject? Paths => Node.Child("paths").ObjectOrNull();

    public JsonObject? Definitions => Node.Child("definitions").ObjectOrNull();

    public JsonObject? SharedParameters => Node.Child("parameters").ObjectOrNull();

    public JsonObject? SharedResponses => Node.Child("responses").ObjectOrNull();

    public JsonObject? SecurityDefinitions => Node.Child("securityDefinitions").ObjectOrNull();

    /// <summary>Every operation, in file order.</summary>
    public IEnumerable<OperationView> Operations
    {
        get
        {
            if (Paths is not { } paths)
            {
                yield break;
            }

            foreach (var (path, item) in paths)
            {
                if (item is not JsonObject pathItem)
                {
                    continue;
                }

                foreach (var (method, operation) in pathItem)
                {
                    if (operation is JsonObject operationNode && Methods.Contains(method, StringComparer.OrdinalIgnoreCase))
                    {
                        yield return new OperationView(path, method.ToLowerInvariant(), pathItem, operationNode,
                            JsonPointer.Append(JsonPointer.Append("/paths", path), method));
                    }
                }
            }
        }
    }

    public OperationView? FindOperation(string operationId) =>
        Operations.Where(o => o.OperationId == operationId).Select(o => (OperationView?)o).FirstOrDefault();
}
