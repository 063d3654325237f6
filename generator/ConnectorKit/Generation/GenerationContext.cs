using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Emitting;
using ConnectorKit.Expansion;
using ConnectorKit.Model;

namespace ConnectorKit.Generation;

/// <summary>What the steps of one generation share: the input folder and what each step has made so far.</summary>
public sealed class GenerationContext(string modelFolder)
{
    public string ModelFolder { get; } = modelFolder;

    public DiagnosticBag Diagnostics { get; } = new();

    public ConnectorModel? Model { get; set; }

    public ConnectorDefinition? Definition { get; set; }

    public DefinitionOrigins? Origins { get; set; }

    public List<GeneratedFile> Files { get; } = [];
}
