using System.Text.Json.Nodes;
using ConnectorKit.Definition;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>A dynamic extension with the inputs of the operation it sits in and, when it exists, of the one it invokes.</summary>
internal sealed record DynamicCall(DynamicInvocation Invocation, OperationInputs Caller, OperationInputs? Target);

/// <summary>
/// Pairs each dynamic invocation with the inputs of its caller and target, computing each operation's inputs once.
/// A dozen rules read these calls, so they are worked out once per definition tree (see <see cref="DocumentMemo{T}"/>).
/// </summary>
internal static class DynamicCalls
{
    private static readonly DocumentMemo<IReadOnlyList<DynamicCall>> Memo = new(Find);

    public static IReadOnlyList<DynamicCall> In(JsonObject root) => Memo.Of(root);

    private static IReadOnlyList<DynamicCall> Find(JsonObject root)
    {
        var byId = OperationLookup.ById(new SwaggerDocument(root));
        var inputs = new Dictionary<string, OperationInputs>(StringComparer.Ordinal);
        OperationInputs InputsOf(OperationView operation)
        {
            if (!inputs.TryGetValue(operation.Pointer, out var known))
            {
                known = new OperationInputs(root, operation);
                inputs[operation.Pointer] = known;
            }

            return known;
        }

        return [.. DynamicInvocations.In(root).Select(invocation => new DynamicCall(
            invocation,
            InputsOf(invocation.Caller),
            invocation.OperationId is { } id && byId.TryGetValue(id, out var target) ? InputsOf(target) : null))];
    }
}
