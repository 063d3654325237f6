using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads <c>triggers:</c> entries: webhook or polling, with filters and payload.</summary>
internal static class TriggerReader
{
    private static readonly string[] TriggerKeys = [.. OperationReader.CommonKeys, "webhook", "polling", "filters", "payload"];
    private static readonly string[] WebhookKeys = ["path", "unsubscribe", "callbackProperty", "subscription"];
    private static readonly string[] PollingKeys = ["method", "path", "kind", "hint", "metadata"];
    private static readonly string[] PollingKinds = ["batch", "single"];

    private static readonly string[] FilterKeys =
        ["type", "format", "required", "summary", "description", "visibility", "default", "enum", "picker", "extensions"];

    public static TriggerModel? Read(MappingEntry entry, LoadContext context)
    {
        var id = entry.Key.Text;
        if (MappingReader.Open(entry.Value, $"trigger '{id}'", TriggerKeys, context, origin: entry.Key.Position) is not { } map)
        {
            return null;
        }

        var summary = map.String("summary", required: true);
        var description = map.String("description", required: true);
        var webhook = ReadWebhook(map);
        var polling = ReadPolling(map);
        var hasKind = CheckOneKind(map);
        var trigger = OperationReader.WithCommonKeys(
            new TriggerModel
            {
                Id = id,
                Summary = summary ?? string.Empty,
                Description = description ?? string.Empty,
                Webhook = webhook,
                // With both written (already reported), the webhook wins.
                Polling = webhook is null ? polling : null,
                Filters = ReadFilters(map),
                Payload = map.RawMapping("payload"),
                Position = map.Origin,
            },
            map);
        return summary is null || description is null || !hasKind || (webhook is null && polling is null) ? null : trigger;
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

    private static WebhookModel? ReadWebhook(MappingReader trigger)
    {
        if (trigger.Mapping("webhook", $"the webhook of {trigger.What}", WebhookKeys, required: false) is not { } map)
        {
            return null;
        }

        var path = map.String("path", required: true);
        var unsubscribe = map.Reference("unsubscribe", required: true);
        var webhook = new WebhookModel
        {
            Path = path ?? string.Empty,
            Unsubscribe = unsubscribe ?? new ModelReference(string.Empty, map.Position),
            Subscription = map.RawMapping("subscription"),
            Position = map.Origin,
        };
        webhook = map.String("callbackProperty") is { } callbackProperty ? webhook with { CallbackProperty = callbackProperty } : webhook;
        return path is null || unsubscribe is null ? null : webhook;
    }

    private static PollingModel? ReadPolling(MappingReader trigger)
    {
        if (trigger.Mapping("polling", $"the polling of {trigger.What}", PollingKeys) is not { } map)
        {
            return null;
        }

        var path = map.String("path", required: true);
        var polling = new PollingModel
        {
            Path = path ?? string.Empty,
            Hint = map.String("hint"),
            Metadata = map.RawMapping("metadata"),
            Position = map.Origin,
        };
        polling = map.Choice("method", OperationReader.HttpMethods) is { } method ? polling with { Method = method } : polling;
        polling = map.Choice("kind", PollingKinds) is { } kind ? polling with { Kind = kind } : polling;
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

            var type = map.String("type", required: true);
            var filter = new FilterModel
            {
                Name = entry.Key.Text,
                Type = type ?? string.Empty,
                Format = map.String("format"),
                Required = map.Bool("required") ?? false,
                Summary = map.String("summary"),
                Description = map.String("description"),
                Visibility = map.Choice("visibility", ParameterReader.Visibilities),
                Default = map.Raw("default")?.Value,
                Enum = EnumReader.Read(map),
                Picker = PickerReader.ReadPicker(map),
                Extensions = map.RawMapping("extensions"),
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
