using System.Text;

namespace ConnectorKit.Emitting;

/// <summary>One output file: its path relative to the output folder (forward slashes) and its exact bytes.</summary>
public sealed record GeneratedFile(string RelativePath, byte[] Content)
{
    public static GeneratedFile FromText(string relativePath, string text) =>
        new(relativePath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ReplaceLineEndings("\n")));
}
