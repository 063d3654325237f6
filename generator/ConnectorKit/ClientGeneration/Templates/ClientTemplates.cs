using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace ConnectorKit.ClientGeneration.Templates;

/// <summary>
/// The client generator's Scriban templates, embedded in this assembly and parsed once on first use. Templates only
/// print: names, types and escaped text all come from the view model.
/// </summary>
internal static class ClientTemplates
{
    private const string ResourcePrefix = "ConnectorKit.ClientGeneration.Templates.";
    private const string Extension = ".scriban";

    private static readonly ConcurrentDictionary<string, Template> Parsed = new(StringComparer.Ordinal);

    /// <summary>Every embedded template by name (the file name without extension), in ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. typeof(ClientTemplates).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^Extension.Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>The parsed template; throws when it is missing or has syntax errors (a defect of the toolkit, not of the input).</summary>
    public static Template Get(string name) => Parsed.GetOrAdd(name, Parse);

    /// <summary>Renders a template with the view model bound to the variable <c>model</c>; the text has LF line ends.</summary>
    public static string Render(string name, object model)
    {
        var globals = new ScriptObject { ["model"] = model };
        var context = new TemplateContext
        {
            MemberRenamer = member => member.Name,
            StrictVariables = true,
            LoopLimit = 0,
            LimitToString = 0,
            RecursiveLimit = 0,
            NewLine = "\n",
        };
        context.PushGlobal(globals);
        return Get(name).Render(context).ReplaceLineEndings("\n");
    }

    private static Template Parse(string name)
    {
        using var stream = typeof(ClientTemplates).Assembly.GetManifestResourceStream(ResourcePrefix + name + Extension)
            ?? throw new InvalidOperationException($"The client template '{name}' is not embedded in {typeof(ClientTemplates).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd().ReplaceLineEndings("\n"), name + Extension);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"The client template '{name}' does not parse: {string.Join("; ", template.Messages)}");
        }

        return template;
    }
}
