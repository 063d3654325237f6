using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads <c>actions:</c> entries, and the keys actions and triggers share.</summary>
internal static class OperationReader
{
    public static readonly IReadOnlyList<string> CommonKeys =
    [
        "summary", "description", "label", "visibility", "tags", "consumes", "produces", "parameters", "responses",
        "family", "revision", "status", "deprecated", "noGenericTest", "openAiData", "security", "extensions",
        "pathExtensions", "impliedParameters", "pathItemParameters", "externalDocs",
    ];

    public static readonly IReadOnlyList<string> HttpMethods = ["get", "put", "post", "delete", "options", "head", "patch"];

    internal static readonly string[] ActionKeys =
    [
        .. CommonKeys, "method", "path", "pageable", "payload", .. NotificationPathReader.TextKeys, "trigger", "triggerHint",
        .. HttpMethods,
    ];

    public static ActionModel? ReadAction(MappingEntry entry, LoadContext context)
    {
        var id = entry.Key.Text;
        if (MappingReader.Open(entry.Value, $"action '{id}'", ActionKeys, context, origin: entry.Key.Position) is not { } map)
        {
            return null;
        }

        var (method, pathNode) = ReadRoute(map);
        var path = pathNode?.Text;
        var summary = map.RequiredOrNull("summary");
        var description = map.RequiredOrNull("description");
        var action = WithCommonKeys(
            new ActionModel
            {
                Id = id,
                Summary = summary.Text,
                Description = description.Text,
                Method = method ?? string.Empty,
                Path = path ?? string.Empty,
                PathPosition = pathNode?.Position ?? SourcePosition.None,
                NextLinkName = map.String("pageable"),
                Payload = SchemaReader.Read(map, "payload"),
                Notification = NotificationPathReader.ReadTexts(map, id),
                Trigger = map.Choice("trigger", TriggerReader.TriggerKinds),
                TriggerHint = map.String("triggerHint"),
                Position = map.Origin,
            },
            map);
        return method is null || path is null || !summary.Given || !description.Given ? null : action;
    }

    /// <summary>
    /// <c>method:</c> and <c>path:</c>, or the short form <c>get: /path</c>: the method as the key, the path as its value.
    /// </summary>
    private static (string? Method, ScalarNode? Path) ReadRoute(MappingReader map)
    {
        var shortForms = map.Entries.Where(e => HttpMethods.Contains(e.Key.Text)).ToList();
        if (shortForms.Count == 0)
        {
            return (map.Choice("method", HttpMethods, required: true), map.Scalar("path", required: true));
        }

        if (shortForms.Count > 1 || map.Has("method") || map.Has("path"))
        {
            var extra = shortForms.Count > 1 ? shortForms[1].Key : map.Entries.First(e => e.Key.Text is "method" or "path").Key;
            map.Context.Report(DiagnosticCodes.InvalidValue, extra.Position,
                $"{MappingReader.Capitalized(map.What)} says its method and path twice; write either '{shortForms[0].Key.Text}: PATH' or 'method:' and 'path:'.",
                required: true);
            return (null, null);
        }

        return (shortForms[0].Key.Text, map.Scalar(shortForms[0].Key.Text, required: true));
    }

    /// <summary>The operation with the optional keys every operation has (all but id, summary and description).</summary>
    public static T WithCommonKeys<T>(T operation, MappingReader map)
        where T : OperationModel =>
        (T)((OperationModel)operation with
        {
            Label = map.String("label"),
            Visibility = map.Choice("visibility", ParameterReader.Visibilities),
            Tags = map.StringListOrNull("tags"),
            Consumes = map.StringListOrNull("consumes"),
            Produces = map.StringListOrNull("produces"),
            Parameters = ReadParameters(map, "parameters", operation.Id),
            PathItemParameters = ReadParameters(map, "pathItemParameters", operation.Id),
            ParametersGiven = map.Has("parameters"),
            ImpliedParameters = map.Bool("impliedParameters") ?? true,
            Responses = ResponseReader.ReadOperationResponses(map),
            Family = map.String("family"),
            Revision = map.Int("revision"),
            Status = map.String("status"),
            Deprecated = map.Bool("deprecated"),
            NoGenericTest = map.Bool("noGenericTest"),
            OpenAiData = map.RawMapping("openAiData"),
            ExternalDocs = ConnectorListingReader.ReadExternalDocs(map),
            Security = AuthReader.ReadRequirements(map, "security"),
            Extensions = map.RawMapping("extensions"),
            PathExtensions = map.RawMapping("pathExtensions"),
        });

    /// <summary>Entries are a reusable parameter's key (a string) or a parameter written inline (a mapping).</summary>
    internal static IReadOnlyList<OperationParameterModel> ReadParameters(
        MappingReader map, string key, string operationId)
    {
        var parameters = new List<OperationParameterModel>();
        foreach (var item in map.Sequence(key)?.Items ?? [])
        {
            if (item is ScalarNode { IsNull: false } name)
            {
                parameters.Add(new OperationParameterModel(new ModelReference(name.Text, name.Position), null, name.Position));
            }
            else if (item is MappingNode)
            {
                if (ParameterReader.ReadInline(item, operationId, map.Context) is { } inline)
                {
                    parameters.Add(new OperationParameterModel(null, inline, item.Position));
                }
            }
            else
            {
                map.Context.Report(DiagnosticCodes.WrongType, item.Position,
                    $"An entry of '{key}' of {map.What} must be the key of a reusable parameter or an inline "
                    + $"parameter mapping, not {item.Describe()}.");
            }
        }

        return parameters;
    }
}
