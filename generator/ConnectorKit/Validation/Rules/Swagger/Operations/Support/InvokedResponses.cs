using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>What a dynamic extension expects of the invoked operation's successful response, and found missing.</summary>
internal enum ResponseExpectation
{
    /// <summary>An array of items at the collection path.</summary>
    Array,

    /// <summary>A property at a path (inside each item for lists).</summary>
    Property,
}

/// <summary>A path a dynamic extension reads from the invoked operation's response that the response schema lacks.</summary>
internal sealed record ResponseGap(ResponseExpectation Expectation, string Path, string Pointer, DynamicCall Call);

/// <summary>
/// Checks the paths dynamic extensions read (<c>value-collection</c>/<c>itemsPath</c>, <c>value-path</c>,
/// <c>value-title</c>, <c>itemValuePath</c>, <c>itemTitlePath</c>) against the successful response schema of the
/// operation they invoke. Only schemas that list their properties can prove a path missing (see <see cref="SchemaPaths"/>).
/// </summary>
internal static class InvokedResponses
{
    public static IEnumerable<ResponseGap> Gaps(JsonObject root, DynamicCall call)
    {
        var invocation = call.Invocation;
        if (call.Target is null || SchemaPaths.SuccessSchema(root, call.Target.Operation) is not { } response)
        {
            yield break;
        }

        var (collectionKey, itemKeys) = invocation.Extension switch
        {
            DynamicInvocation.Values => ("value-collection", new[] { "value-path", "value-title" }),
            DynamicInvocation.List => ("itemsPath", new[] { "itemValuePath", "itemTitlePath" }),
            DynamicInvocation.Schema => (null, new[] { "value-path" }),
            DynamicInvocation.Properties => (null, new[] { "itemValuePath" }),
            _ => ((string?)null, Array.Empty<string>()),
        };

        var within = response;
        if (collectionKey is not null)
        {
            var collectionPath = invocation.Node[collectionKey].StringOrNull() ?? string.Empty;
            var (outcome, collection) = SchemaPaths.Follow(root, response, collectionPath);
            var isArray = collection is { } found ? SchemaPaths.IsArray(found) : null;
            if (outcome == PathOutcome.Missing || isArray == false)
            {
                yield return new ResponseGap(ResponseExpectation.Array, collectionPath, MemberPointer(invocation, collectionKey), call);
                yield break;
            }

            if (collection is null || isArray is null || SchemaPaths.Items(root, collection.Value) is not { } items)
            {
                yield break;
            }

            within = items;
        }

        foreach (var key in itemKeys)
        {
            if (invocation.Node[key].StringOrNull() is { Length: > 0 } path && SchemaPaths.Follow(root, within, path).Outcome == PathOutcome.Missing)
            {
                yield return new ResponseGap(ResponseExpectation.Property, path, MemberPointer(invocation, key), call);
            }
        }
    }

    private static string MemberPointer(DynamicInvocation invocation, string key) =>
        invocation.Node.ContainsKey(key) ? JsonPointer.Append(invocation.Pointer, key) : invocation.Pointer;
}
