using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

/// <summary>
/// Tells whether a YAML-shaped fragment reproduces an original JSON node exactly: the fragment is read by the model's
/// own reader and expanded by the generator's own expander, in isolation, and the result compared as values.
/// </summary>
internal sealed class FragmentProbe
{
    public FragmentProbe()
    {
        // A fragment is compared by value; what it overrides is the whole model's finding, not the probe's.
        var overrides = new RawOverrideFindings(string.Empty);
        var definitionOrigins = new OriginRecorder(new DefinitionOrigins(), DefinitionFileKind.ApiDefinition, overrides);
        var propertiesOrigins = new OriginRecorder(new DefinitionOrigins(), DefinitionFileKind.ApiProperties, overrides);
        var enums = new EnumExpander(definitionOrigins);
        var dynamicValues = new DynamicValuesExpander(definitionOrigins);
        Parameters = new ParameterExpander(definitionOrigins, enums, dynamicValues);
        Responses = new ResponseExpander(definitionOrigins);
        Operations = new OperationExpander(definitionOrigins, Parameters, Responses);
        Webhooks = new WebhookTriggerExpander(definitionOrigins, Operations, new FilterExpander(definitionOrigins, enums, dynamicValues));
        PollingTriggers = new PollingTriggerExpander(Operations);
        ConnectionParameters = new ConnectionParameterExpander(
            propertiesOrigins, new AuthParameterExpander(propertiesOrigins, new OAuthSettingsExpander(propertiesOrigins)));
        ConnectionParameterSets = new ConnectionParameterSetsExpander(propertiesOrigins, ConnectionParameters);
        Policies = new PolicyExpander(propertiesOrigins);
    }

    public ParameterExpander Parameters { get; }

    public ResponseExpander Responses { get; }

    public OperationExpander Operations { get; }

    public WebhookTriggerExpander Webhooks { get; }

    public PollingTriggerExpander PollingTriggers { get; }

    public ConnectionParameterExpander ConnectionParameters { get; }

    public ConnectionParameterSetsExpander ConnectionParameterSets { get; }

    public PolicyExpander Policies { get; }

    /// <summary>Reads the fragment with <paramref name="read"/>; the model, or null when the reader found anything wrong.</summary>
    public static T? Read<T>(Func<LoadContext, T?> read)
        where T : class
    {
        var context = new LoadContext();
        var model = read(context);
        return context.Incomplete || context.Diagnostics.Items.Any(d => d.Severity == Severity.Error) ? null : model;
    }

    /// <summary>Whether reading and expanding the fragment gives <paramref name="original"/>.</summary>
    public static bool Reproduces<T>(Func<LoadContext, T?> read, Func<T, JsonNode?> expand, JsonNode? original)
        where T : class =>
        Read(read) is { } model && JsonComparison.AreEqual(original, expand(model));
}
