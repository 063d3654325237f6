using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Tests.Loading;

namespace ConnectorKit.Tests.Expansion;

/// <summary>Every emitted node points back at the YAML it came from.</summary>
public sealed class DefinitionOriginsTests
{
    private const string Webhook = "WebhookTrigger";
    private const string SubscribePointer = "/paths/~1instances~1{dataset}~1triggers~1dataSourceRefreshFailed/post";

    private static readonly ExpansionResult WebhookResult = ModelExpander.Expand(ExpansionModels.Load(Webhook));

    [Fact]
    public void A_webhook_filter_property_maps_to_its_filter()
    {
        var position = WebhookResult.Origins.Find(DefinitionFileKind.ApiDefinition, SubscribePointer + "/parameters/1/schema/properties/threshold");

        Assert.Equal(ExpansionModels.LineOf(Webhook, "      threshold:"), position.Line);
        Assert.EndsWith("connector.yaml", position.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_after_a_body_placed_first_map_to_their_own_entries()
    {
        const string model = "WebhookBodies";
        var result = ModelExpander.Expand(ExpansionModels.Load(model));
        var subscribe = "/paths/~1hooks~1locked/post/parameters/";

        Assert.Equal(ExpansionModels.LineOf(model, "    webhook:"), result.Origins.Find(DefinitionFileKind.ApiDefinition, subscribe + "0").Line);
        Assert.Equal(ExpansionModels.LineOf(model, "name: folder"), result.Origins.Find(DefinitionFileKind.ApiDefinition, subscribe + "1").Line);
        Assert.Equal(ExpansionModels.LineOf(model, "name: recursive"), result.Origins.Find(DefinitionFileKind.ApiDefinition, subscribe + "2").Line);
        Assert.Equal(ExpansionModels.LineOf(model, "bodySchema: Registration"),
            result.Origins.Find(DefinitionFileKind.ApiDefinition, "/paths/~1hooks~1orders/post/parameters/0/schema/$ref").Line);
    }

    [Fact]
    public void A_pointer_below_the_recorded_ones_maps_to_its_nearest_ancestor()
    {
        var filter = WebhookResult.Origins.Find(DefinitionFileKind.ApiDefinition, SubscribePointer + "/parameters/1/schema/properties/dataSourceId");
        var pickerChild = WebhookResult.Origins.Find(DefinitionFileKind.ApiDefinition,
            SubscribePointer + "/parameters/1/schema/properties/dataSourceId/x-ms-summary");

        Assert.Equal(ExpansionModels.LineOf(Webhook, "      dataSourceId:"), filter.Line);
        Assert.Equal(filter, pickerChild);
        Assert.False(WebhookResult.Origins.TryGet(DefinitionFileKind.ApiDefinition, SubscribePointer + "/parameters/1/schema/properties/dataSourceId/x-ms-summary", out _));
    }

    [Fact]
    public void Nested_nodes_of_a_raw_schema_keep_their_own_lines()
    {
        var pointer = "/paths/~1instances~1{dataset}~1triggers~1dataSourceRefreshFailed/x-ms-notification-content/schema/properties/errorMessage";

        var position = WebhookResult.Origins.Find(DefinitionFileKind.ApiDefinition, pointer);

        Assert.Equal(ExpansionModels.LineOf(Webhook, "errorMessage:"), position.Line);
    }

    [Fact]
    public void Enum_values_map_to_their_entries()
    {
        var position = WebhookResult.Origins.Find(DefinitionFileKind.ApiDefinition,
            SubscribePointer + "/parameters/1/schema/properties/severity/x-ms-enum-values/1");

        Assert.Equal(ExpansionModels.LineOf(Webhook, "enum: { error: Errors only"), position.Line);
    }

    [Fact]
    public void Every_pointer_of_both_files_has_an_origin_in_the_model()
    {
        var result = ModelExpander.Expand(ExpansionModels.Load("Extensions"));

        foreach (var (file, root) in new[]
        {
            (DefinitionFileKind.ApiDefinition, result.Definition.ApiDefinition),
            (DefinitionFileKind.ApiProperties, result.Definition.ApiProperties!),
        })
        {
            foreach (var pointer in Pointers(root, JsonPointer.Root))
            {
                Assert.True(result.Origins.Find(file, pointer).IsKnown, $"{file} {pointer} has no origin.");
            }
        }
    }

    [Fact]
    public void Connection_parameters_map_to_their_entries()
    {
        var result = ModelExpander.Expand(ExpansionModels.Load("ApiKeyAuth"));

        var auth = result.Origins.Find(DefinitionFileKind.ApiProperties, "/properties/connectionParameters/api_key/uiDefinition");
        var region = result.Origins.Find(DefinitionFileKind.ApiProperties, "/properties/connectionParameters/region/defaultValue");
        var index = result.Origins.ToPositionIndex(DefinitionFileKind.ApiProperties);

        Assert.Equal(ExpansionModels.LineOf("ApiKeyAuth", "auth:"), auth.Line);
        Assert.Equal(ExpansionModels.LineOf("ApiKeyAuth", "region:"), region.Line);
        Assert.Equal(region, index.Find("/properties/connectionParameters/region/defaultValue"));
    }

    private static IEnumerable<string> Pointers(System.Text.Json.Nodes.JsonNode? node, string pointer)
    {
        yield return pointer;
        var children = node switch
        {
            System.Text.Json.Nodes.JsonObject obj => obj.Select(p => (JsonPointer.Append(pointer, p.Key), p.Value)),
            System.Text.Json.Nodes.JsonArray array => array.Select((item, i) => (JsonPointer.Append(pointer, i), item)),
            _ => [],
        };
        foreach (var (childPointer, child) in children)
        {
            foreach (var nested in Pointers(child, childPointer))
            {
                yield return nested;
            }
        }
    }

    /// <summary>
    /// Found by the fuzz test: each raw key's positions were found by scanning all of them, so a model with tens of
    /// thousands of extensions took minutes to expand. Each one still maps to its own line.
    /// </summary>
    [Fact]
    public void Every_key_of_a_huge_raw_object_maps_to_its_line()
    {
        const int Count = 20_000;
        var load = TempModelFolder.LoadSingle("connector: { title: T, description: D, version: '1.0', host: h.example.com }\nextensions:\n"
            + string.Concat(Enumerable.Range(0, Count).Select(i => $"  x-key{i}: {i}\n")));
        var result = ModelExpander.Expand(load.Model!);

        var lines = Enumerable.Range(0, Count).Select(i => result.Origins.Find(DefinitionFileKind.ApiDefinition, $"/x-key{i}").Line);

        Assert.Equal(Enumerable.Range(3, Count), lines);
    }
}
