using System.Text;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Model;
using ConnectorKit.Paths;

namespace ConnectorKit.Expansion;

/// <summary>
/// Reads the files a model names beside its YAML (the script and the icon), only from inside the model folder. A file
/// that is outside, missing, a folder or unreadable is a finding at the value that names it, never an exception.
/// </summary>
internal sealed class AttachmentReader(string modelFolder, DiagnosticBag diagnostics)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ConfinedFolder _folder = new(modelFolder, "the model folder");

    /// <summary>The script's text, decoded as UTF-8 with LF line ends (without a byte order mark, which is reported).</summary>
    public ConnectorScript? ReadScript(ScriptModel? script)
    {
        if (script is null || Read(script.File, "script") is not { Content: { } bytes })
        {
            return null;
        }

        var content = bytes.AsSpan();
        if (content.StartsWith("\uFEFF"u8))
        {
            diagnostics.Add(DiagnosticCodes.ByteOrderMark, script.File.Position,
                $"The script '{script.File.Text}' starts with a UTF-8 byte order mark; it is left out of the output, but save the file without it.");
            content = content[3..];
        }

        try
        {
            return new ConnectorScript(StrictUtf8.GetString(content).Replace("\r\n", "\n", StringComparison.Ordinal));
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(DiagnosticCodes.InvalidEncoding, script.File.Position,
                $"The script '{script.File.Text}' is not valid UTF-8 (perhaps it was saved as Windows-1252); save it as UTF-8.");
            return null;
        }
    }

    public ConnectorIcon? ReadIcon(ConnectorInfoModel info)
    {
        if (info.Icon is not { } icon || Read(icon, "icon") is not { Content: { } bytes } read)
        {
            return null;
        }

        return new ConnectorIcon(Path.GetFileName(read.Path.Relative), bytes);
    }

    private ConfinedRead Read(ModelPath path, string role)
    {
        var read = _folder.ReadFile(path.Text);
        if (read.Problem is { } problem)
        {
            diagnostics.Add(problem.Descriptor, path.Position, $"The {role} file '{path.Text}' {problem.Reason}.");
        }

        return read;
    }
}
