namespace ConnectorKit.Diagnostics;

/// <summary>A place in a source file: 1-based line and column. <see cref="None"/> when a finding has no place.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    public static SourcePosition None { get; } = new(string.Empty, 0, 0);

    public bool IsKnown => Line > 0;

    public SourcePosition InFile(string file) => this with { File = file };

    /// <summary>MSBuild canonical form, <c>file(line,col)</c>, which IDEs and CI annotate.</summary>
    public override string ToString() => IsKnown ? $"{File}({Line},{Column})" : File;
}
