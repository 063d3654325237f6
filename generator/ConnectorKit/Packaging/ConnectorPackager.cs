using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Documentation;
using ConnectorKit.Emitting;
using ConnectorKit.Environments;
using ConnectorKit.Generation;
using ConnectorKit.Json;

namespace ConnectorKit.Packaging;

/// <summary>A package: its files (relative to the package folder), what the deployment commands need, and every finding.</summary>
public sealed record PackageResult(IReadOnlyList<GeneratedFile> Files, PackageFacts? Facts, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Facts is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Builds what uploading and certifying a connector take, from its model (with an environment laid over it):
/// <list type="bullet">
/// <item><c>deploy/</c>: the files <c>paconn create/update</c> (through its settings.json, which names the environment
/// and the connector) and <c>pac connector create/update</c> take. Its apiProperties.json leaves out
/// <c>stackOwner</c>, with which paconn cannot update a connector (a documented paconn limitation).</item>
/// <item><c>certification/</c> and <c>certification.zip</c>: the submission (both JSON files as certification wants
/// them, stackOwner included, <c>icon.png</c>, <c>readme.md</c>, and <c>script.csx</c> when there is custom code).</item>
/// </list>
/// No secret is ever part of a package.
/// </summary>
public static class ConnectorPackager
{
    public const string DeployFolder = "deploy";
    public const string CertificationFolder = "certification";
    public const string CertificationZip = "certification.zip";

    public static PackageResult Build(string modelFolder, string? environment)
    {
        var pipeline = environment is null ? GenerationPipeline.Default : GenerationPipeline.Default.ForEnvironment(environment);
        var context = pipeline.Execute(modelFolder);
        if (context.Diagnostics.HasErrors || context is not { Definition: { } definition, Model: { } model })
        {
            return new PackageResult([], null, context.Diagnostics.Sorted());
        }

        var readme = ReadmeGenerator.Generate(definition, model.Docs, model.Info.Position);
        var artifacts = context.Files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var connectorFiles = new List<GeneratedFile>
        {
            artifacts[DefinitionFiles.ApiDefinition],
            artifacts[DefinitionFiles.ApiProperties],
        };
        if (definition.Script is not null)
        {
            connectorFiles.Add(artifacts[DefinitionFiles.Script]);
        }

        var deployProperties = WithoutStackOwner(definition.ApiProperties, out var stackOwnerRemoved);
        var deploy = connectorFiles
            .Select(f => f.RelativePath == DefinitionFiles.ApiProperties && deployProperties is not null ? f with { Content = deployProperties } : f)
            .Append(artifacts[DefinitionFiles.Settings])
            .Concat(definition.Icon is { } icon ? [artifacts[icon.FileName]] : []);
        var certification = connectorFiles
            .Concat(definition.Icon is { } certificationIcon ? [new GeneratedFile(DefinitionFiles.Icon, certificationIcon.Content)] : [])
            .Append(GeneratedFile.FromText(ReadmeGenerator.FileName, readme.Text))
            .ToList();

        var files = deploy.Select(f => f with { RelativePath = $"{DeployFolder}/{f.RelativePath}" })
            .Concat(certification.Select(f => f with { RelativePath = $"{CertificationFolder}/{f.RelativePath}" }))
            .Append(new GeneratedFile(CertificationZip, DeterministicZip.Create(certification.Select(f => (f.RelativePath, f.Content)))))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(context.Diagnostics.Items.Concat(readme.Diagnostics).Distinct());
        if (context.Environment is { HasPlaceholderEnvironmentId: true } placeholder)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.PlaceholderEnvironmentId, placeholder.EnvironmentId.Position,
                $"The environment id of '{placeholder.Name}' is the all-zero placeholder: the commands would reach no environment. Put the id of the Power Platform environment here (admin center, Environments, Environment ID)."));
        }

        var facts = new PackageFacts
        {
            Target = context.Target,
            Solution = context.Environment?.Solution?.Text,
            HasIcon = definition.Icon is not null,
            HasScript = definition.Script is not null,
            Secret = OAuthSecretNeed.Of(definition),
            SecretVariable = context.Environment?.ClientSecretVariable?.Text ?? EnvironmentOverlayReader.DefaultSecretVariable,
            SecretPosition = model.Auth?.Position ?? model.ConnectionParameterSets?.Position ?? model.Info.Position,
            StackOwnerRemoved = stackOwnerRemoved,
        };
        return new PackageResult(files, facts, diagnostics.Sorted());
    }

    private static byte[]? WithoutStackOwner(JsonObject? apiProperties, out bool removed)
    {
        removed = apiProperties.Child("properties").Child("stackOwner") is not null;
        if (!removed)
        {
            return null;
        }

        var copy = (JsonObject)apiProperties!.DeepClone();
        ((JsonObject)copy["properties"]!).Remove("stackOwner");
        return CanonicalJsonWriter.ToBytes(copy);
    }
}
