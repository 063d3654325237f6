using ConnectorKit.Definition;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Diff;

/// <summary>Compares what identifies an operation and how it appears: presence, id, path, method, visibility, trigger kind.</summary>
internal sealed class OperationComparer(DiffContext context)
{
    private const DefinitionFileKind Swagger = DefinitionFileKind.ApiDefinition;

    public void Compare(OperationPair pair)
    {
        switch (pair)
        {
            case { Old: { } old, New: null }:
                context.AtOld(DiffCodes.OperationRemoved, Swagger, old.Pointer,
                    $"The operation '{pair.Name}' ({Route(old)}) was removed; flows and apps that call it stop working. {(old.IsDeprecated ? context.SafeRoute.KeepDeprecated(old) : context.SafeRoute.NewRevision(old))}");
                break;
            case { Old: null, New: { } added }:
                context.AtNew(DiffCodes.OperationAdded, Swagger, added.Pointer, $"The operation '{pair.Name}' ({Route(added)}) was added.");
                break;
            case { Old: { } old, New: { } current }:
                CompareIdentity(pair, old, current);
                CompareAppearance(pair, old, current);
                break;
        }
    }

    private void CompareIdentity(OperationPair pair, OperationView old, OperationView current)
    {
        if (pair.IdChanged)
        {
            context.AtNew(DiffCodes.OperationIdChanged, Swagger, JsonPointer.Append(current.Pointer, "operationId"),
                $"The operation at {Route(current)} was '{old.OperationId}' and is now '{current.OperationId}'; flows refer to operations by id, so existing ones lose it. {context.SafeRoute.NewRevision(old)}");
        }

        if (OperationMatcher.NormalizePath(old.Path) != OperationMatcher.NormalizePath(current.Path))
        {
            context.AtNew(DiffCodes.OperationPathChanged, Swagger, current.Pointer,
                $"The path of '{pair.Name}' changed from '{old.Path}' to '{current.Path}'. {context.SafeRoute.NewRevision(old)}");
        }

        if (old.Method != current.Method)
        {
            context.AtNew(DiffCodes.OperationMethodChanged, Swagger, current.Pointer,
                $"The method of '{pair.Name}' changed from {old.Method.ToUpperInvariant()} to {current.Method.ToUpperInvariant()}. {context.SafeRoute.NewRevision(old)}");
        }
    }

    private void CompareAppearance(OperationPair pair, OperationView old, OperationView current)
    {
        var madeInternal = old.Visibility != "internal" && current.Visibility == "internal";
        if (!old.IsDeprecated && current.IsDeprecated)
        {
            context.AtNew(DiffCodes.OperationDeprecated, Swagger, JsonPointer.Append(current.Pointer, "deprecated"),
                $"The operation '{pair.Name}' was marked deprecated{(madeInternal ? " and hidden" : string.Empty)}; existing flows keep running.");
        }
        else if (madeInternal && !current.IsDeprecated)
        {
            context.AtNew(DiffCodes.VisibilityMadeInternal, Swagger, JsonPointer.Append(current.Pointer, "x-ms-visibility"),
                $"The operation '{pair.Name}' was made internal without being deprecated; makers can no longer find it though nothing replaces it. {context.SafeRoute.NewRevision(old)}");
        }

        if (TriggerKind(old) != TriggerKind(current))
        {
            context.AtNew(DiffCodes.TriggerKindChanged, Swagger, current.Pointer,
                $"'{pair.Name}' was {TriggerKind(old)} and is now {TriggerKind(current)}; flows built on it no longer fit it. {context.SafeRoute.NewRevision(old)}");
        }
    }

    private static string TriggerKind(OperationView operation) => operation switch
    {
        { IsTrigger: false } => "an action",
        { IsWebhookTrigger: true } => $"a webhook trigger ({operation.TriggerKind})",
        _ => $"a polling trigger ({operation.TriggerKind})",
    };

    private static string Route(OperationView operation) => $"{operation.Method.ToUpperInvariant()} {operation.Path}";
}
