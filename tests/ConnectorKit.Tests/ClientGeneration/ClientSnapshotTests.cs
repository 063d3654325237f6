using System.Text;
using ConnectorKit.ClientGeneration;
using ConnectorKit.Tests.Snapshots;

namespace ConnectorKit.Tests.ClientGeneration;

/// <summary>The code generated for focused definitions, kept as snapshots and compiled in memory.</summary>
public sealed class ClientSnapshotTests
{
    /// <summary>The files that follow the definition; the fixed infrastructure is covered by the Customer Insights client's tests.</summary>
    private static readonly string[] DefinitionDependentFiles = ["Client.g.cs", "Models.g.cs", "Enums.g.cs", "Options.g.cs", "Json.g.cs", "Notifications.g.cs", "Transport.g.cs"];

    [Theory]
    [InlineData("Actions")]
    [InlineData("Paging")]
    [InlineData("Webhooks")]
    public void Generated_code_matches_its_snapshot_and_compiles(string name)
    {
        var definition = name switch
        {
            "Actions" => FocusedDefinitions.Parse(FocusedDefinitions.Actions),
            "Paging" => FocusedDefinitions.Parse(FocusedDefinitions.Paging),
            _ => FocusedDefinitions.Parse(FocusedDefinitions.Webhooks, FocusedDefinitions.WebhookProperties),
        };
        var ns = "Focused." + name;

        var files = ClientGenerator.Generate(definition, new ClientOptions { Namespace = ns });

        var shown = new StringBuilder();
        foreach (var file in files.Where(f => DefinitionDependentFiles.Any(suffix => f.RelativePath.EndsWith(suffix, StringComparison.Ordinal))))
        {
            shown.Append("==== ").Append(file.RelativePath).Append(" ====\n").Append(Encoding.UTF8.GetString(file.Content));
        }

        SnapshotAssert.Matches(shown.ToString(), name, "txt");
        ClientCompiler.AssertCompiles(new ClientSources(ns, files));
    }
}
