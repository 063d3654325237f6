using ConnectorKit.Diagnostics;

namespace ConnectorKit.Loading;

/// <summary>
/// Named definitions gathered from all files, in file order. A name defined again is reported (at the second
/// definition, naming the first) and the second definition is left out.
/// </summary>
internal sealed class Definitions<T>(string kind, DiagnosticDescriptor duplicateCode)
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, SourcePosition> _positions = new(StringComparer.Ordinal);

    public IReadOnlyList<T> Items => _items;

    public void Add(string name, SourcePosition position, T item, LoadContext context)
    {
        if (_positions.TryGetValue(name, out var first))
        {
            context.Report(duplicateCode, position, $"The {kind} '{name}' is already defined at {first}.");
            return;
        }

        _positions.Add(name, position);
        _items.Add(item);
    }
}
