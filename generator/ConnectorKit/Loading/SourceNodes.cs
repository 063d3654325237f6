using ConnectorKit.Diagnostics;

namespace ConnectorKit.Loading;

/// <summary>
/// A YAML node with the position it was read from. The loader builds its own small tree (rather than YamlDotNet's
/// representation model) so duplicate keys are reported and skipped instead of aborting the whole file.
/// </summary>
internal abstract record SourceNode(SourcePosition Position)
{
    /// <summary>How the node is named in messages: "a mapping", "a sequence", "a scalar".</summary>
    public abstract string Describe();
}

/// <summary>A scalar as written; <see cref="IsPlain"/> tells an unquoted scalar (which may be typed) from a string.</summary>
internal sealed record ScalarNode(string Text, bool IsPlain, SourcePosition Position) : SourceNode(Position)
{
    /// <summary>An empty value, <c>~</c> or <c>null</c> written without quotes.</summary>
    public bool IsNull => IsPlain && Text is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "null" : $"the scalar '{Text}'";
}

internal sealed record MappingEntry(ScalarNode Key, SourceNode Value);

/// <summary>A mapping with its entries in file order; keys are unique (duplicates were reported and dropped).</summary>
internal sealed record MappingNode(IReadOnlyList<MappingEntry> Entries, SourcePosition Position) : SourceNode(Position)
{
    public override string Describe() => "a mapping";
}

internal sealed record SequenceNode(IReadOnlyList<SourceNode> Items, SourcePosition Position) : SourceNode(Position)
{
    public override string Describe() => "a sequence";
}
