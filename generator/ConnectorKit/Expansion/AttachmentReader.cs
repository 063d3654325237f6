using System.Text;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>
/// Reads the files a model names beside its YAML (the script and the icon). A file that is missing or unreadable is
/// a finding at the model entry that names it, never an exception.
/// </summary>
internal sealed class AttachmentReader(string modelFolder, DiagnosticBag diagnostics)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The script's text, decoded as UTF-8 with LF line ends (without a byte order mark, which is reported).</summary>
    public ConnectorScript? ReadScript(ScriptModel? script)
    {
        if (script is null || ReadBytes(script.File, "script", script.Position) is not { } bytes)
        {
            return null;
        }

        var content = bytes.AsSpan();
        if (content.StartsWith("\uFEFF"u8))
        {
            diagnostics.Add(DiagnosticCodes.ByteOrderMark, script.Position,
                $"The script '{script.File}' starts with a UTF-8 byte order mark; it is left out of the output, but save the file without it.");
            content = content[3..];
        }

        try
        {
            return new ConnectorScript(StrictUtf8.GetString(content).Replace("\r\n", "\n", StringComparison.Ordinal));
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(DiagnosticCodes.InvalidEncoding, script.Position,
                $"The script '{script.File}' is not valid UTF-8 (perhaps it was saved as Windows-1252); save it as UTF-8.");
            return null;
        }
    }

    public ConnectorIcon? ReadIcon(ConnectorInfoModel info)
    {
        if (info.Icon is not { } icon || ReadBytes(icon, "icon", info.Position) is not { } bytes)
        {
            return null;
        }

        return new ConnectorIcon(Path.GetFileName(icon), bytes);
    }

    private byte[]? ReadBytes(string relativePath, string role, SourcePosition position)
    {
        try
        {
            return File.ReadAllBytes(Path.GetFullPath(Path.Combine(modelFolder, relativePath)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = exception is FileNotFoundException or DirectoryNotFoundException ? "does not exist" : "cannot be read: " + exception.Message;
            diagnostics.Add(DiagnosticCodes.FileNotFound, position,
                $"The {role} file '{relativePath}' (relative to the model folder) {reason}.");
            return null;
        }
    }
}
