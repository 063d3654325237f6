using ConnectorKit.ClientGeneration;
using ConnectorKit.Diagnostics;
using ConnectorKit.Emitting;

namespace ConnectorKit.Generation;

/// <summary>
/// Renders the typed C# client the model's <c>client:</c> section asks for, into its output folder beside the
/// artifacts, so <c>generate</c> and <c>generate --check</c> cover the client too.
/// </summary>
public sealed class EmitClientStep : IGenerationStep
{
    public string Name => "client";

    public bool CanRun(GenerationContext context) =>
        context is { Model.Client: not null, Definition: not null } && !context.Diagnostics.HasErrors;

    public void Run(GenerationContext context)
    {
        var client = context.Model!.Client!;
        if (!ClientOptions.IsValidNamespace(client.Namespace))
        {
            context.Diagnostics.Add(DiagnosticCodes.InvalidValue, client.Position,
                $"The client namespace '{client.Namespace}' is not a dotted C# namespace of identifiers that are not keywords.");
            return;
        }

        var folder = client.Output.Text;
        var options = new ClientOptions { Namespace = client.Namespace, ClientName = client.Name };
        context.Owned.Add(new OwnedFiles(folder, "*.g.cs", ClientGenerator.GeneratedHeader));
        context.Files.AddRange(ClientGenerator.Generate(context.Definition!, options)
            .Select(file => file with { RelativePath = $"{folder}/{file.RelativePath}" }));
    }
}
