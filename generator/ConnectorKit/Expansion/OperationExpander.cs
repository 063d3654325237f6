using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>
/// Builds swagger operation objects in a fixed field order. Actions are built whole; the trigger expanders supply
/// their generated parameters, responses and trigger marks and let this class assemble the rest.
/// </summary>
internal sealed class OperationExpander(OriginRecorder origins, ParameterExpander parameters, ResponseExpander responses)
{
    public const string ParameterReferencePrefix = "#/parameters/";

    public JsonObject ExpandAction(ActionModel action, string pointer) => Assemble(
        action, pointer, ExpandParameters(action, pointer), ExpandResponses(action.Responses, pointer),
        action.Trigger is { } kind ? new TriggerMarks(kind, action.TriggerHint) : null);

    /// <summary>The operation's listed parameters: <c>$ref</c>s to reusable ones, inline ones in place.</summary>
    /// <param name="gapAt">An index the caller fills afterwards (a webhook's subscribe body), so that origins name the final places.</param>
    public JsonArray ExpandParameters(OperationModel operation, string pointer, int? gapAt = null) =>
        ExpandParameterList(operation.Parameters, JsonPointer.Append(pointer, "parameters"), gapAt);

    /// <summary>Parameter entries (an operation's, its path item's) at <paramref name="listPointer"/>.</summary>
    public JsonArray ExpandParameterList(
        IEnumerable<OperationParameterModel> entries, string listPointer, int? gapAt = null)
    {
        var list = new JsonArray();
        foreach (var entry in entries)
        {
            var itemPointer = JsonPointer.Append(listPointer, list.Count >= gapAt ? list.Count + 1 : list.Count);
            if (entry.Reference is { } reference)
            {
                origins.Record(itemPointer, reference.Position);
                list.Add(new JsonObject { ["$ref"] = ParameterReferencePrefix + JsonPointer.Escape(reference.Name) });
            }
            else if (entry.Inline is { } inline)
            {
                list.Add(parameters.Expand(inline, itemPointer));
            }
        }

        return list;
    }

    /// <summary>The operation's responses, after the <paramref name="generated"/> ones of a trigger expansion.</summary>
    public JsonObject ExpandResponses(IReadOnlyList<ResponseModel> operationResponses, string pointer, JsonObject? generated = null) =>
        responses.ExpandAll(operationResponses, JsonPointer.Append(pointer, "responses"), generated);

    public JsonObject Assemble(OperationModel operation, string pointer, JsonArray parameterList, JsonObject responseMap, TriggerMarks? trigger)
    {
        origins.Record(pointer, operation.Position);
        if (operation.ExternalDocs is { } externalDocs)
        {
            origins.Record(JsonPointer.Append(pointer, "externalDocs"), externalDocs.Position);
        }

        var node = new JsonObject()
            .AddIfPresent("tags", operation.Tags)
            .AddIfPresent("summary", operation.Summary)
            .AddIfPresent("description", operation.Description)
            .AddIfPresent("externalDocs", operation.ExternalDocs is { } docs ? InfoExpander.ExternalDocs(docs) : null)
            .AddIfPresent("operationId", operation.Id)
            .AddIfPresent("consumes", operation.Consumes)
            .AddIfPresent("produces", operation.Produces);
        if (parameterList.Count > 0 || operation.ParametersGiven)
        {
            node["parameters"] = parameterList;
        }

        node["responses"] = responseMap;
        node.AddIfPresent("deprecated", operation.Deprecated);

        if (operation.Security is { } security)
        {
            node["security"] = SecurityExpander.ExpandOperationRequirements(security);
        }

        node.AddIfPresent("x-ms-summary", operation.Label);
        node.AddIfPresent("x-ms-visibility", operation.Visibility);
        if (trigger is not null)
        {
            AddTriggerMarks(node, trigger, pointer);
        }

        node.AddIfAny("x-ms-api-annotation", ApiAnnotation(operation));
        if (operation is ActionModel { NextLinkName: { } nextLink })
        {
            node["x-ms-pageable"] = new JsonObject { ["nextLinkName"] = nextLink };
        }

        node.AddIfPresent("x-ms-no-generic-test", operation.NoGenericTest);
        if (operation.OpenAiData is { } openAiData)
        {
            node["x-ms-openai-data"] = origins.Copy(openAiData, JsonPointer.Append(pointer, "x-ms-openai-data"));
        }

        origins.AppendExtensions(node, operation.Extensions, pointer);
        return node;
    }

    private void AddTriggerMarks(JsonObject node, TriggerMarks trigger, string pointer)
    {
        node["x-ms-trigger"] = trigger.Kind;
        node.AddIfPresent("x-ms-trigger-hint", trigger.Hint);
        if (trigger.Metadata is { } metadata)
        {
            node["x-ms-trigger-metadata"] = origins.Copy(metadata, JsonPointer.Append(pointer, "x-ms-trigger-metadata"));
        }
    }

    private static JsonObject ApiAnnotation(OperationModel operation) => new JsonObject()
        .AddIfPresent("family", operation.Family)
        .AddIfPresent("revision", operation.Revision)
        .AddIfPresent("status", operation.Status);
}
