using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads the connector section's listing keys beyond texts: metadata, Copilot and test settings.</summary>
internal static class ConnectorListingReader
{
    /// <summary>The platform's metadata names of the typed keys, in the platform's order.</summary>
    internal static readonly string[] TypedMetadataNames = ["Website", "Privacy policy", "Categories"];

    /// <summary><c>metadata:</c> a mapping of entry name to text.</summary>
    public static IReadOnlyList<MetadataEntryModel> ReadMetadata(MappingReader connector) =>
        [.. (connector.TextMapping("metadata") ?? [])
            .Select(e => new MetadataEntryModel(e.Name.Text, e.Text, e.Name.Position))];

    /// <summary>Each of <c>metadataNames</c> names a typed entry (ignoring case) or one of <c>metadata</c>.</summary>
    public static void CheckMetadataNames(ConnectorInfoModel info, MappingReader connector)
    {
        foreach (var item in connector.Sequence("metadataNames")?.Items.OfType<ScalarNode>() ?? [])
        {
            var typed = TypedMetadataNames.Any(n => string.Equals(n, item.Text, StringComparison.OrdinalIgnoreCase));
            if (!typed && !info.Metadata.Any(e => e.Name == item.Text))
            {
                connector.Context.Report(DiagnosticCodes.InvalidValue, item.Position,
                    $"'{item.Text}' in metadataNames is neither {string.Join(", ", TypedMetadataNames)} " +
                    "nor an entry of metadata.");
            }
        }
    }

    /// <summary><c>publishedToCopilots:</c> one Copilot (a mapping, written as one object) or a list of them.</summary>
    public static PublishedToCopilotsModel? ReadCopilots(MappingReader connector)
    {
        switch (connector.Node("publishedToCopilots"))
        {
            case MappingNode single:
                return ReadCopilot(single, connector.Context) is { } copilot
                    ? new PublishedToCopilotsModel(
                        [copilot], Single: true, connector.KeyPosition("publishedToCopilots"))
                    : null;
            case SequenceNode list:
                return new PublishedToCopilotsModel(
                    [.. list.Items.Select(item => ReadCopilot(item, connector.Context)).OfType<CopilotModel>()],
                    Single: false,
                    connector.KeyPosition("publishedToCopilots"));
            case { } other:
                connector.Context.Report(DiagnosticCodes.WrongType, other.Position,
                    $"'publishedToCopilots' must be a mapping or a sequence of mappings, not {other.Describe()}.");
                return null;
            default:
                return null;
        }
    }

    private static CopilotModel? ReadCopilot(SourceNode node, LoadContext context)
    {
        if (MappingReader.Open(node, "a Copilot", ConnectorInfoReader.CopilotKeys, context) is not { } copilot)
        {
            return null;
        }

        var name = copilot.String("name", required: true);
        var enabled = copilot.Bool("enabled") ?? true;
        return name is null ? null : new CopilotModel(name, enabled, copilot.Origin);
    }

    public static ExternalDocsModel? ReadExternalDocs(MappingReader connector) =>
        connector.Mapping("externalDocs", "the external docs", ConnectorInfoReader.ExternalDocsKeys) is { } docs
        && docs.String("url", required: true) is { } url
            ? new ExternalDocsModel(docs.String("description"), url, docs.Origin)
            : null;

    /// <summary><c>testConnection:</c> an operation id, or a mapping of the operation and its parameters.</summary>
    public static TestConnectionModel? ReadTestConnection(MappingReader connector)
    {
        if (connector.Node("testConnection") is ScalarNode { IsNull: false } operation)
        {
            return new TestConnectionModel(operation.Text, null, connector.KeyPosition("testConnection"));
        }

        var keys = ConnectorInfoReader.TestConnectionKeys;
        return connector.Mapping("testConnection", "the connection test", keys) is { } test
            && test.String("operation", required: true) is { } id
            ? new TestConnectionModel(id, test.RawMapping("parameters"), test.Origin)
            : null;
    }

    public static OpenAiManifestModel? ReadOpenAiManifest(MappingReader connector) =>
        connector.Mapping("openAiManifest", "the Copilot plugin manifest", ConnectorInfoReader.OpenAiManifestKeys)
            is { } manifest
            ? new OpenAiManifestModel(
                manifest.String("humanName"),
                manifest.String("modelDescription"),
                manifest.String("contactEmail"),
                manifest.String("legalUrl"),
                manifest.Origin)
            : null;
}
