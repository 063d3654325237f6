using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>
/// Expands the authoring model into the connector definition the platform takes (the swagger and apiProperties as
/// JSON trees in canonical key order, plus the script and icon), recording where every emitted node came from.
/// </summary>
public static class ModelExpander
{
    public static ExpansionResult Expand(ConnectorModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var origins = new DefinitionOrigins();
        var overrides = new RawOverrideFindings(model.Folder);
        var apiDefinition = new ApiDefinitionExpander(new OriginRecorder(origins, DefinitionFileKind.ApiDefinition, overrides)).Expand(model);
        var apiProperties = new ApiPropertiesExpander(new OriginRecorder(origins, DefinitionFileKind.ApiProperties, overrides)).Expand(model);

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(overrides.Items);
        var attachments = new AttachmentReader(model.Folder, diagnostics);
        var definition = new ConnectorDefinition(apiDefinition, apiProperties, attachments.ReadScript(model.Script), attachments.ReadIcon(model.Info));
        return new ExpansionResult(definition, origins, diagnostics.Sorted());
    }
}
