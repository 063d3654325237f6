using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads <c>triggers:</c> entries: webhook or polling, with filters and payload.</summary>
internal static class TriggerReader
{
    internal static readonly string[] TriggerKeys = [.. OperationReader.CommonKeys, "webhook", "polling", "filters", "payload"];
    internal static readonly string[] WebhookKeys =
    [
        "path", "unsubscribe", "callbackProperty", "bodyPosition", "bodySchema", "subscription", "body", "callback", "created",
        .. NotificationPathReader.TextKeys, "hint",
    ];

    internal static readonly string[] BodyKeys = ["name", "required", "summary", "description", "visibility", "schema"];
    internal static readonly Dictionary<string, string> NoRenames = [];

    private static readonly string[] CallbackLabelKeys = ["summary", "description", "visibility"];

    /// <summary>The callback's own keys; its type and x-ms-notification-url are generated, so no key says them.</summary>
    internal static readonly string[] CallbackOwnKeys = [.. CallbackLabelKeys, "type", "notificationUrl"];

    internal static readonly string[] CallbackKeys =
        [.. CallbackLabelKeys, .. SchemaReader.KeysBeside(CallbackOwnKeys, NoRenames)];
    internal static readonly string[] CreatedKeys = ["description"];
    internal static readonly string[] PollingKeys =
        ["method", "path", "kind", "hint", "metadata", .. NotificationPathReader.TextKeys];
    /// <summary>The values of <c>x-ms-trigger</c>: a polling trigger's kind, an action's trigger mark.</summary>
    internal static readonly string[] TriggerKinds = ["batch", "single"];

    internal static readonly string[] FilterOwnKeys =
    [
        "type", "format", "required", "summary", "description", "visibility", "default", "enum", EnumReader.EnumValuesKey,
        "picker",
    ];

    /// <summary>A filter's own <c>required</c> says whether the body requires it, so the list of its properties has another name.</summary>
    internal static readonly Dictionary<string, string> FilterRenames = new(StringComparer.Ordinal) { ["requiredProperties"] = "required" };

    internal static readonly string[] FilterKeys = [.. FilterOwnKeys, .. SchemaReader.KeysBeside(FilterOwnKeys, FilterRenames)];

    public static TriggerModel? Read(MappingEntry entry, LoadContext context)
    {
        var id = entry.Key.Text;
        if (MappingReader.Open(entry.Value, $"trigger '{id}'", TriggerKeys, context, origin: entry.Key.Position) is not { } map)
        {
            return null;
        }

        var summary = map.RequiredOrNull("summary");
        var description = map.RequiredOrNull("description");
        var webhook = ReadWebhook(map, id);
        var polling = ReadPolling(map, id);
        var hasKind = CheckOneKind(map);
        var trigger = OperationReader.WithCommonKeys(
            new TriggerModel
            {
                Id = id,
                Summary = summary.Text,
                Description = description.Text,
                Webhook = webhook,
                // With both written (already reported), the webhook wins.
                Polling = webhook is null ? polling : null,
                Filters = ReadFilters(map),
                Payload = SchemaReader.Read(map, "payload"),
                Position = map.Origin,
            },
            map);
        return !summary.Given || !description.Given || !hasKind || (webhook is null && polling is null) ? null : trigger;
    }

    private static bool CheckOneKind(MappingReader map)
    {
        var hasWebhook = map.Has("webhook");
        var hasPolling = map.Has("polling");
        if (!hasWebhook && !hasPolling)
        {
            map.Context.Report(DiagnosticCodes.MissingKey, map.Position, $"Required key 'webhook' or 'polling' is missing in {map.What}.", required: true);
        }
        else if (hasWebhook && hasPolling)
        {
            map.Context.Report(DiagnosticCodes.InvalidValue, map.KeyPosition("polling"),
                $"{MappingReader.Capitalized(map.What)} has both 'webhook' and 'polling'; a trigger is one or the other.");
        }

        return hasWebhook || hasPolling;
    }

    private static WebhookModel? ReadWebhook(MappingReader trigger, string triggerId)
    {
        if (trigger.Mapping("webhook", $"the webhook of {trigger.What}", WebhookKeys, required: false) is not { } map)
        {
            return null;
        }

        var pathNode = map.Scalar("path", required: true);
        var path = pathNode?.Text;
        // A missing unsubscribe is the webhook check's finding (CK2008), so a connector without one still loads.
        var unsubscribe = map.Reference("unsubscribe");
        var webhook = new WebhookModel
        {
            Path = path ?? string.Empty,
            PathPosition = pathNode?.Position ?? SourcePosition.None,
            Unsubscribe = unsubscribe ?? new ModelReference(string.Empty, map.Position),
            Subscription = SchemaReader.Read(map, "subscription"),
            Position = map.Origin,
        };
        webhook = map.String("callbackProperty") is { } callbackProperty ? webhook with { CallbackProperty = callbackProperty } : webhook;
        webhook = webhook with
        {
            Labels = ReadLabels(map),
            Created = !map.IsExplicitNull("created"),
            Notification = NotificationPathReader.ReadTexts(map, triggerId),
            Hint = map.String("hint"),
            BodyPosition = ReadBodyPosition(map, trigger),
            BodySchema = ReadBodySchema(map, trigger),
        };
        return path is null ? null : webhook;
    }

    /// <summary>An index from 0 (first) to the number of the trigger's parameters (last).</summary>
    private static int? ReadBodyPosition(MappingReader webhook, MappingReader trigger)
    {
        var listed = trigger.Node("parameters") is SequenceNode parameters ? parameters.Items.Count : 0;
        if (webhook.Int("bodyPosition") is not { } position)
        {
            return null;
        }

        if (position >= 0 && position <= listed)
        {
            return position;
        }

        webhook.Context.Report(DiagnosticCodes.InvalidValue, webhook.KeyPosition("bodyPosition"),
            $"'bodyPosition' of {webhook.What} is {position}; it must be from 0 (first) to {listed} (after the {listed} listed parameter(s)).");
        return null;
    }

    /// <summary>A referenced body schema holds the subscription's properties itself, so filters beside it are an error.</summary>
    private static ModelReference? ReadBodySchema(MappingReader webhook, MappingReader trigger)
    {
        var reference = webhook.Reference("bodySchema");
        if (reference is not null && trigger.Has("filters"))
        {
            webhook.Context.Report(DiagnosticCodes.InvalidValue, trigger.KeyPosition("filters"),
                $"{MappingReader.Capitalized(trigger.What)} has 'filters' and 'webhook.bodySchema'; the referenced schema '{reference.Name}' holds the subscription's properties, so put them there.");
        }

        return reference;
    }

    /// <summary>The label overrides under body, callback and created; each text defaults, and null leaves it out.</summary>
    private static WebhookLabels ReadLabels(MappingReader webhook)
    {
        var labels = new WebhookLabels();
        if (webhook.Mapping("body", $"the body of {webhook.What}", BodyKeys) is { } body)
        {
            labels = labels with
            {
                BodyName = body.String("name") ?? labels.BodyName,
                BodyRequired = body.IsExplicitNull("required") ? null : body.Bool("required") ?? labels.BodyRequired,
                BodySummary = Overridden(body, "summary", labels.BodySummary),
                BodyDescription = Overridden(body, "description", labels.BodyDescription),
                BodyVisibility = body.Choice("visibility", ParameterReader.Visibilities),
                BodySchemaKeys = SchemaReader.Read(body, "schema"),
            };
        }

        if (webhook.Mapping("callback", $"the callback of {webhook.What}", CallbackKeys) is { } callback)
        {
            labels = labels with
            {
                CallbackSummary = Overridden(callback, "summary", labels.CallbackSummary),
                CallbackDescription = Overridden(callback, "description", labels.CallbackDescription),
                CallbackVisibility = callback.IsExplicitNull("visibility") ? null : callback.Choice("visibility", ParameterReader.Visibilities) ?? labels.CallbackVisibility,
                CallbackSchemaKeys = SchemaReader.ReadBeside(callback, CallbackOwnKeys, NoRenames),
                CallbackPosition = callback.Origin,
            };
        }

        if (webhook.Mapping("created", $"the created response of {webhook.What}", CreatedKeys) is { } created)
        {
            labels = labels with { CreatedDescription = Overridden(created, "description", labels.CreatedDescription) };
        }

        return labels;
    }

    private static string? Overridden(MappingReader map, string key, string? defaultText) =>
        map.IsExplicitNull(key) ? null : map.String(key) ?? defaultText;

    private static PollingModel? ReadPolling(MappingReader trigger, string triggerId)
    {
        if (trigger.Mapping("polling", $"the polling of {trigger.What}", PollingKeys) is not { } map)
        {
            return null;
        }

        var pathNode = map.Scalar("path", required: true);
        var path = pathNode?.Text;
        var polling = new PollingModel
        {
            Path = path ?? string.Empty,
            PathPosition = pathNode?.Position ?? SourcePosition.None,
            Hint = map.String("hint"),
            Metadata = map.RawMapping("metadata"),
            Notification = NotificationPathReader.ReadTexts(map, triggerId),
            Position = map.Origin,
        };
        polling = map.Choice("method", OperationReader.HttpMethods) is { } method ? polling with { Method = method } : polling;
        polling = map.Choice("kind", TriggerKinds) is { } kind ? polling with { Kind = kind } : polling;
        return path is null ? null : polling;
    }

    private static IReadOnlyList<FilterModel> ReadFilters(MappingReader trigger)
    {
        var filters = new List<FilterModel>();
        foreach (var entry in trigger.Node("filters") is { } node ? MappingReader.EntriesOf(node, $"the filters of {trigger.What}", trigger.Context) : [])
        {
            if (MappingReader.Open(entry.Value, $"filter '{entry.Key.Text}' of {trigger.What}", FilterKeys, trigger.Context, origin: entry.Key.Position) is not { } map)
            {
                continue;
            }

            var (type, format) = TypeReader.Read(map, required: true);
            var filter = new FilterModel
            {
                Name = entry.Key.Text,
                Type = type ?? string.Empty,
                Format = format,
                Required = map.Bool("required") ?? false,
                RequiredPosition = map.Has("required") ? map.KeyPosition("required") : map.Origin,
                Summary = map.String("summary"),
                Description = map.String("description"),
                Visibility = map.Choice("visibility", ParameterReader.Visibilities),
                Default = map.Raw("default")?.Value,
                Enum = EnumReader.Read(map),
                EnumValues = EnumReader.ReadEntries(map),
                Picker = PickerReader.ReadPicker(map),
                Schema = SchemaReader.ReadBeside(map, FilterOwnKeys, FilterRenames),
                Position = map.Origin,
            };
            if (type is not null)
            {
                filters.Add(filter);
            }
        }

        return filters;
    }
}
