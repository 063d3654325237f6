using System.Text.Json.Nodes;
using ConnectorKit.Loading;
using ConnectorKit.Model.Schema;

namespace ConnectorKit.Tests.Model.Schema;

/// <summary>
/// The JSON schema for editors and the loader name the same keys, place by place: a key the loader reads that the
/// schema lacks (or the other way round) fails here, so neither drifts.
/// </summary>
public sealed class ConnectorModelSchemaKeysTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(ConnectorModelSchema.Text)!;

    private static readonly (string Place, string[] LoaderKeys)[] PlacesAndKeys =
    [
        ("#", ModelFileReader.Sections),
        ("#/definitions/connectorInfo", ConnectorInfoReader.Keys),
        ("#/definitions/connectorInfo/properties/contact", ConnectorInfoReader.ContactKeys),
        ("#/definitions/tag", ConnectorInfoReader.TagKeys),
        ("#/definitions/connectorInfo/properties/license", ConnectorInfoReader.LicenseKeys),
        ("#/definitions/connectorInfo/properties/externalDocs", ConnectorInfoReader.ExternalDocsKeys),
        ("#/definitions/connectorInfo/properties/openAiManifest", ConnectorInfoReader.OpenAiManifestKeys),
        ("#/definitions/testConnection", ConnectorInfoReader.TestConnectionKeys),
        ("#/definitions/copilot", ConnectorInfoReader.CopilotKeys),
        ("#/definitions/auth", AuthReader.Keys),
        ("#/definitions/otherAuth", AuthReader.OtherKeys),
        ("#/definitions/connectionParameter", ConnectionParameterReader.Keys),
        ("#/definitions/connectionParameterSets", ConnectionParameterReader.SetsKeys),
        ("#/definitions/connectionParameterSets/properties/sets/items", ConnectionParameterReader.SetKeys),
        ("#/definitions/parameter", ParameterReader.Keys),
        ("#/definitions/picker", PickerReader.PickerKeys),
        ("#/definitions/dynamicSchema", PickerReader.DynamicSchemaKeys),
        ("#/definitions/schema", [.. SchemaReader.Keys]),
        ("#/definitions/response", ResponseReader.Keys),
        ("#/definitions/action", OperationReader.ActionKeys),
        ("#/definitions/trigger", TriggerReader.TriggerKeys),
        ("#/definitions/webhook", TriggerReader.WebhookKeys),
        ("#/definitions/webhook/properties/body", TriggerReader.BodyKeys),
        ("#/definitions/webhook/properties/callback", TriggerReader.CallbackKeys),
        ("#/definitions/webhook/properties/created", TriggerReader.CreatedKeys),
        ("#/definitions/polling", TriggerReader.PollingKeys),
        ("#/definitions/filter", TriggerReader.FilterKeys),
        ("#/definitions/notificationPath", NotificationPathReader.Keys),
        ("#/definitions/enumEntries/items", EnumReader.EntryKeys),
        ("#/definitions/schema/properties/enumType", EnumReader.EnumTypeKeys),
        ("#/definitions/policy", PolicyReader.PolicyKeys),
        ("#/definitions/script", PolicyReader.ScriptKeys),
        ("#/definitions/client", ModelFileReader.ClientKeys),
        ("#/definitions/docs", ModelFileReader.DocsKeys),
        ("#/definitions/checks", ModelFileReader.ChecksKeys),
    ];

    public static TheoryData<string, string[]> Places() => [.. PlacesAndKeys.Select(p => new TheoryDataRow<string, string[]>(p.Place, p.LoaderKeys))];

    [Theory]
    [MemberData(nameof(Places))]
    public void The_schema_names_the_keys_the_loader_reads(string place, string[] loaderKeys)
    {
        var node = place.Split('/').Skip(1).Aggregate(Schema, (current, segment) => current[segment]!);
        var schemaKeys = node["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(loaderKeys.Order(StringComparer.Ordinal).ToList(), schemaKeys);
        Assert.False(node["additionalProperties"]?.GetValue<bool>() ?? true, $"{place} allows keys the loader rejects");
    }

    [Fact]
    public void Every_closed_mapping_of_the_schema_is_compared()
    {
        var compared = PlacesAndKeys.Select(p => p.Place).ToHashSet(StringComparer.Ordinal);
        var closed = ClosedMappings(Schema, "#").ToList();

        Assert.Contains("#/definitions/schema", closed);
        Assert.DoesNotContain(closed, place => !compared.Contains(place));
    }

    /// <summary>Every place whose keys the schema closes (additionalProperties: false) and names (properties).</summary>
    private static IEnumerable<string> ClosedMappings(JsonNode? node, string place)
    {
        if (node is not JsonObject obj)
        {
            yield break;
        }

        if (obj["additionalProperties"] is JsonValue closed && !closed.GetValue<bool>() && obj["properties"] is JsonObject)
        {
            yield return place;
        }

        foreach (var (key, child) in obj.Where(p => p.Key is "definitions" or "properties" || p.Value is JsonObject))
        {
            foreach (var nested in ClosedMappings(child, $"{place}/{key}"))
            {
                yield return nested;
            }
        }
    }
}
