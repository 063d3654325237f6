using ConnectorKit.Templates;
using Scriban;

namespace ConnectorKit.ClientGeneration.Templates;

/// <summary>The client generator's Scriban templates, embedded in this assembly (see <see cref="TemplateSet"/>).</summary>
internal static class ClientTemplates
{
    private static readonly TemplateSet Set = new(typeof(ClientTemplates).Assembly, "ConnectorKit.ClientGeneration.Templates.", "client");

    /// <summary>Every embedded template by name (the file name without extension), in ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } = Set.Names;

    /// <summary>The parsed template; throws when it is missing or has syntax errors (a defect of the toolkit, not of the input).</summary>
    public static Template Get(string name) => Set.Get(name);

    /// <summary>Renders a template with the view model bound to the variable <c>model</c>; the text has LF line ends.</summary>
    public static string Render(string name, object model) => Set.Render(name, model);
}
