using System.Text.Json.Nodes;
using ConnectorKit.ClientGeneration.Naming;
using ConnectorKit.ClientGeneration.Schemas;
using ConnectorKit.ClientGeneration.Text;
using ConnectorKit.ClientGeneration.ViewModels;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.ClientGeneration.Building;

/// <summary>A method of the client and the types its serializer context must know.</summary>
internal sealed record BuiltMethod(MethodViewModel Method, TriggerViewModel? Trigger, IReadOnlyList<TypeRef> Types);

/// <summary>Builds the client method of one operation: its name, parameters, request steps, result and paging twin.</summary>
internal sealed class MethodBuilder(ModelCatalog catalog, SwaggerReferences references, NameScope methodNames, NameScope parseNames, ClientNames clientNames)
{
    private const string Async = "Async";

    private readonly ParameterBuilder _parameters = new(catalog);
    private readonly ResultBuilder _results = new(catalog, references);

    public BuiltMethod Build(OperationView operation, IReadOnlyList<ValueViewModel> scopedHeaders)
    {
        var isSubscribe = operation.IsWebhookTrigger;
        var wanted = BaseName(operation, isSubscribe);
        var paging = operation.Node.Child("x-ms-pageable").ObjectOrNull();
        var stem = methodNames.Take(wanted, b => isSubscribe
            ? ["SubscribeTo" + b + Async]
            : paging is null ? [b + Async] : [b + Async, "Enumerate" + b + Async]);

        var built = _parameters.Build(OperationParameters.Of(operation, references), stem, Consumes(operation));
        var (result, resultType) = _results.Build(operation, stem, forceValue: isSubscribe);
        var steps = built.Steps.Concat(scopedHeaders.Select(h => new RequestStepViewModel("Header", $"{h.NameLiteral}, {h.ValueExpression}"))).ToList();
        var name = (isSubscribe ? "SubscribeTo" + stem : stem) + Async;
        var method = new MethodViewModel
        {
            Name = name,
            SummaryLines = DocText.Lines(operation.Summary ?? operation.OperationId ?? operation.Method.ToUpperInvariant() + " " + operation.Path),
            RemarksLines = operation.Description is { } description && description != operation.Summary ? DocText.Lines(description) : [],
            ObsoleteLiteral = operation.IsDeprecated ? CSharpLiteral.String("The connector marks this operation as deprecated.") : null,
            Parameters = built.Parameters,
            NullChecks = built.NullChecks,
            HttpMethodExpression = HttpMethodExpression(operation.Method),
            PathLiteral = CSharpLiteral.String(operation.Path),
            Steps = steps,
            Result = result,
            ReturnType = ReturnType(result, isSubscribe),
            IsSubscribe = isSubscribe,
            Paging = paging is not null && resultType is not null ? Paging(stem, paging, resultType) : null,
        };

        var types = new List<TypeRef>(built.BodyTypes);
        if (resultType is not null)
        {
            types.Add(resultType);
        }

        var trigger = isSubscribe ? Trigger(operation, stem, types) : null;
        return new BuiltMethod(method, trigger, types);
    }

    private string ReturnType(ResultViewModel result, bool isSubscribe) =>
        isSubscribe ? $"Task<{clientNames.Subscription}<{result.Type}>>" : result.Type is null ? "Task" : $"Task<{result.Type}>";

    private PagingViewModel? Paging(string stem, JsonObject pageable, TypeRef pageType)
    {
        if (catalog.FindProperty(pageType, "value") is not { Type.Item: { } item } items)
        {
            return null;
        }

        var nextLinkName = pageable.Child("nextLinkName").StringOrNull() ?? "nextLink";
        return new PagingViewModel("Enumerate" + stem + Async, pageType.Name, item.Name, items.Name, CSharpLiteral.String(nextLinkName));
    }

    private TriggerViewModel Trigger(OperationView operation, string stem, List<TypeRef> types)
    {
        var schema = operation.PathItem.Child("x-ms-notification-content").ObjectOrNull().Child("schema");
        var payload = schema is null ? TypeRef.JsonNode : catalog.Map(schema, stem + "Notification");
        types.Add(payload);
        var parseName = parseNames.Take("Parse" + stem, n => [n, n + Async]);
        var summary = DocText.Lines("Parses a notification of the trigger: " + (operation.Summary ?? operation.OperationId ?? stem));
        var idLiteral = operation.OperationId is { } id ? CSharpLiteral.String(id) : null;
        return new TriggerViewModel(idLiteral, parseName, payload.Result, CSharpLiteral.String(payload.FallbackJson), summary);
    }

    /// <summary>The operation id in PascalCase (a trigger's leading "On" dropped), or the method and path when there is none.</summary>
    private static string BaseName(OperationView operation, bool isSubscribe)
    {
        var name = CSharpIdentifiers.ToPascalCase(operation.OperationId ?? operation.Method + " " + operation.Path, "Operation");
        return isSubscribe && name.Length > 2 && name.StartsWith("On", StringComparison.Ordinal) && char.IsUpper(name[2]) ? name[2..] : name;
    }

    private IReadOnlyList<string> Consumes(OperationView operation) =>
        [.. (operation.Node.Child("consumes").ArrayOrNull() ?? references.Swagger.Node.Child("consumes").ArrayOrNull() ?? []).Select(n => n.StringOrNull()).OfType<string>()];

    private static string HttpMethodExpression(string method) => method switch
    {
        "get" => "HttpMethod.Get",
        "put" => "HttpMethod.Put",
        "post" => "HttpMethod.Post",
        "delete" => "HttpMethod.Delete",
        "options" => "HttpMethod.Options",
        "head" => "HttpMethod.Head",
        _ => "HttpMethod.Patch",
    };
}
