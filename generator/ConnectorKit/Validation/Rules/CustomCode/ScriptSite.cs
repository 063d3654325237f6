using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.CustomCode;
using Microsoft.CodeAnalysis;

namespace ConnectorKit.Validation.Rules.CustomCode;

/// <summary>The connector's script with the path findings about it are reported at.</summary>
internal readonly record struct ScriptSite(ConnectorScript Script, string Path)
{
    public static ScriptSite? Of(ValidationContext context) =>
        context.Definition.Script is { } script ? new ScriptSite(script, context.ScriptFile ?? DefinitionFiles.Script) : null;

    public ScriptAnalysis Analysis => ScriptAnalysis.Of(Script, Path);

    public SourcePosition PositionOf(Location location)
    {
        var start = location.GetLineSpan().StartLinePosition;
        return new SourcePosition(Path, start.Line + 1, start.Character + 1);
    }

    public SourcePosition Start => new(Path, 1, 1);
}
