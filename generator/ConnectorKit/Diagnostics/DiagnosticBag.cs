namespace ConnectorKit.Diagnostics;

/// <summary>Collects findings so one run reports every problem, not only the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Add(DiagnosticDescriptor descriptor, SourcePosition position, string message) =>
        _items.Add(Diagnostic.Create(descriptor, position, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Findings ordered by file, line, column and code, so output is stable.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items
            .OrderBy(d => d.Position.File, StringComparer.Ordinal)
            .ThenBy(d => d.Position.Line)
            .ThenBy(d => d.Position.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
}
