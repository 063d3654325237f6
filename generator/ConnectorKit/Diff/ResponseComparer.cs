using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Diff;

/// <summary>
/// Compares the success response of an operation pair: the status code the old version answered with (or, when the
/// new one dropped it, the new one's lowest 2xx), since that body is what flows read.
/// </summary>
internal sealed class ResponseComparer(DiffContext context, OperationPair pair)
{
    public void Compare(OperationView old, OperationView current)
    {
        if (SuccessCode(old.Responses) is not { } oldCode
            || context.OldReferences.Resolve(old.Responses[oldCode], ResponsePointer(old, oldCode)) is not { } oldResponse
            || oldResponse.Node.Child("schema") is not JsonObject oldSchema)
        {
            return;
        }

        var newCode = current.Responses.ContainsKey(oldCode) ? oldCode : SuccessCode(current.Responses);
        var newResponse = newCode is null ? null : context.NewReferences.Resolve(current.Responses[newCode], ResponsePointer(current, newCode));
        var oldSchemaAt = new NodeAt(oldSchema, JsonPointer.Append(oldResponse.Pointer, "schema"));
        if (newResponse?.Node.Child("schema") is not JsonObject newSchema)
        {
            context.AtNew(DiffCodes.ResponsePropertyRemoved, DefinitionFileKind.ApiDefinition,
                newResponse?.Pointer ?? JsonPointer.Append(current.Pointer, "responses"),
                $"'{pair.Name}' no longer describes its {oldCode} response body; flows that read its properties lose them. {context.SafeRoute.NewRevision(old)}");
            return;
        }

        new SchemaComparer(context, pair, SchemaDirection.Response).Compare(
            oldSchemaAt, new NodeAt(newSchema, JsonPointer.Append(newResponse.Value.Pointer, "schema")), "the response body");
    }

    /// <summary>The lowest 2xx status code, else <c>default</c>; null when the operation declares neither.</summary>
    private static string? SuccessCode(JsonObject responses) =>
        responses.Select(r => r.Key).Where(k => k.Length == 3 && k[0] == '2').Order(StringComparer.Ordinal).FirstOrDefault()
        ?? (responses.ContainsKey("default") ? "default" : null);

    private static string ResponsePointer(OperationView operation, string code) =>
        JsonPointer.Append(JsonPointer.Append(operation.Pointer, "responses"), code);
}
