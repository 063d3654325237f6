using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Runtime;

namespace ConnectorKit.Templates;

/// <summary>
/// Scriban templates embedded in an assembly under one resource prefix, each parsed once on first use. Templates only
/// print: names, types and escaped text all come from the view model bound to the variable <c>model</c>.
/// </summary>
public sealed class TemplateSet(Assembly assembly, string resourcePrefix, string description)
{
    private const string Extension = ".scriban";

    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    /// <summary>Every embedded template by name (the file name without extension), in ordinal order.</summary>
    public IReadOnlyList<string> Names =>
        [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Select(n => n[resourcePrefix.Length..^Extension.Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>The parsed template; throws when it is missing or has syntax errors (a defect of the toolkit, not of the input).</summary>
    public Template Get(string name) => _parsed.GetOrAdd(name, Parse);

    /// <summary>Renders a template with the view model bound to the variable <c>model</c>; the text has LF line ends.</summary>
    public string Render(string name, object model)
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

    private Template Parse(string name)
    {
        using var stream = assembly.GetManifestResourceStream(resourcePrefix + name + Extension)
            ?? throw new InvalidOperationException($"The {description} template '{name}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd().ReplaceLineEndings("\n"), name + Extension);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"The {description} template '{name}' does not parse: {string.Join("; ", template.Messages)}");
        }

        return template;
    }
}
