using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Model;
using ConnectorKit.Templates;

namespace ConnectorKit.Documentation;

/// <summary>A readme and what it lacks.</summary>
public sealed record ReadmeResult(string Text, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Writes the connector's readme.md in the shape certification asks for and Microsoft's connector reference pages
/// have: description, publisher and listing metadata, prerequisites, obtaining credentials, creating a connection,
/// the actions and triggers with their inputs and outputs, the definitions, known issues. A section only the author
/// can write that is missing is a warning (CK6005) at the model's <c>docs:</c> section, never placeholder text.
/// </summary>
public static class ReadmeGenerator
{
    public const string FileName = "readme.md";

    private static readonly TemplateSet Templates = new(typeof(ReadmeGenerator).Assembly, "ConnectorKit.Documentation.Templates.", "readme");

    /// <param name="definition">The connector.</param>
    /// <param name="docs">The author's sections; null for a connector folder, which has none.</param>
    /// <param name="missingAt">Where a missing section is reported when the model has no <c>docs:</c> section.</param>
    public static ReadmeResult Generate(ConnectorDefinition definition, DocsModel? docs, SourcePosition missingAt)
    {
        var model = ReadmeBuilder.Build(definition, docs);
        var text = Templates.Render("Readme", model);
        var at = docs?.Position ?? missingAt;
        var missing = new List<Diagnostic>();
        Require(model.Prerequisites, "prerequisites", "Prerequisites", "what a user needs before connecting (an account, a plan, a role)", at, missing);
        if (model.Connections.Count > 0)
        {
            Require(model.Credentials, "credentials", "Obtaining credentials", "how to get what a connection asks for", at, missing);
        }

        Require(model.KnownIssues, "knownIssues", "Known issues and limitations", "the known issues and limitations, with their workarounds", at, missing);
        return new ReadmeResult(text, missing);
    }

    private static void Require(string? section, string key, string heading, string what, SourcePosition at, List<Diagnostic> missing)
    {
        if (section is null)
        {
            missing.Add(Diagnostic.Create(DiagnosticCodes.ReadmeSectionMissing, at,
                $"The readme has no '{heading}' section, which certification asks for: write {what} under docs: {key}: in the model."));
        }
    }
}
