using System.Security;
using ConnectorKit.ClientGeneration.Building;
using ConnectorKit.ClientGeneration.Templates;
using ConnectorKit.ClientGeneration.ViewModels;
using ConnectorKit.Definition;
using ConnectorKit.Emitting;

namespace ConnectorKit.ClientGeneration;

/// <summary>
/// Generates a typed C# client for a connector: one async method per operation, records for its schemas, a
/// source-generated serializer context, webhook subscriptions and notification parsing, and DI registration. The files
/// are deterministic (LF, no timestamps, fixed version) with paths relative to the client folder.
/// </summary>
public static class ClientGenerator
{
    /// <summary>The package versions a generated csproj references (the ones this repository builds its client with).</summary>
    public const string HttpPackageVersion = "10.0.0";

    public const string RateLimitingPackageVersion = "10.0.12";

    public static IReadOnlyList<GeneratedFile> Generate(ConnectorDefinition definition, ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(options);
        if (!ClientOptions.IsValidNamespace(options.Namespace))
        {
            throw new ArgumentException($"'{options.Namespace}' is not a valid C# namespace.", nameof(options));
        }

        var model = ClientViewModelBuilder.Build(definition, options);
        var names = model.Names;
        var files = new List<GeneratedFile>
        {
            Render(names.Client, "Client", model),
            Render(names.Options, "Options", model),
            Render(names.Exception, "Exception", model),
            Render(names.Request, "Request", model),
            Render(names.Transport, "Transport", model),
            Render(names.Json, "Json", model),
            Render(names.StringValue, "StringValue", model),
            Render(names.ServiceCollectionExtensions, "ServiceCollection", model),
            Render("Models", "Models", model),
            Render("Enums", "Enums", model),
        };

        if (model.HasWebhooks)
        {
            files.Add(Render(names.Subscription, "Subscription", model));
            files.Add(Render(names.Notifications, "Notifications", model));
        }

        if (options.IncludeProject)
        {
            var project = new ProjectViewModel(SecurityElement.Escape(options.Namespace), HttpPackageVersion, RateLimitingPackageVersion);
            files.Add(GeneratedFile.FromText(names.Client + ".csproj", ClientTemplates.Render("Project", project)));
        }

        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    private static GeneratedFile Render(string fileStem, string template, ClientViewModel model) =>
        GeneratedFile.FromText(fileStem + ".g.cs", ClientTemplates.Render(template, model));
}
