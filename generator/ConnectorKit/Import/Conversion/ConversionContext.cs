using ConnectorKit.Diagnostics;
using ConnectorKit.Import.Sources;
using ConnectorKit.Json;

namespace ConnectorKit.Import.Conversion;

/// <summary>
/// What converting one source document into a Swagger 2.0 connector carries along: the findings, each at the source
/// node it is about (file, line and column through the document's positioned tree), and where each node of the
/// swagger came from, so later findings about the swagger point back into the source document too.
/// </summary>
internal sealed class ConversionContext(SourceDocument source)
{
    private readonly Dictionary<string, SourcePosition> _origins = new(StringComparer.Ordinal);

    public SourceDocument Source { get; } = source;

    public List<Diagnostic> Findings { get; } = [];

    public SourcePosition PositionOf(string sourcePointer) => Source.PositionOf(sourcePointer);

    /// <summary>Something the source says that Swagger 2.0 or a connector cannot say; the message says what was done instead.</summary>
    public void NotExpressible(string sourcePointer, string message) =>
        Findings.Add(Diagnostic.Create(DiagnosticCodes.ImportNotExpressible, PositionOf(sourcePointer), message));

    /// <summary>Documentation Swagger 2.0 has no place for (examples of a parameter, links): left out, and said so.</summary>
    public void DocumentationLeftOut(string sourcePointer, string message) =>
        Findings.Add(Diagnostic.Create(DiagnosticCodes.ImportDocumentationLeftOut, PositionOf(sourcePointer), message));

    /// <summary>Something the connector needs that the source lacks, derived; the author should review it.</summary>
    public void Derived(string sourcePointer, string message) =>
        Findings.Add(Diagnostic.Create(DiagnosticCodes.ImportDerived, PositionOf(sourcePointer), message));

    /// <summary>A placeholder the connector cannot work with until the author replaces it (a host the source does not name).</summary>
    public void Placeholder(string sourcePointer, string message) =>
        Findings.Add(Diagnostic.Create(DiagnosticCodes.ImportDerived, PositionOf(sourcePointer), message) with { Severity = Severity.Warning });

    /// <summary>Records that the swagger node at <paramref name="swaggerPointer"/> was made from the source node at <paramref name="sourcePointer"/>.</summary>
    public void Record(string swaggerPointer, string sourcePointer)
    {
        if (Source.Positions.TryGet(sourcePointer, out var position) || (position = PositionOf(sourcePointer)).IsKnown)
        {
            _origins.TryAdd(swaggerPointer, position);
        }
    }

    /// <summary>The swagger's positions: each recorded node at its source, others at their nearest recorded ancestor.</summary>
    public JsonPositionIndex Origins() => new(Source.File, new Dictionary<string, SourcePosition>(_origins, StringComparer.Ordinal));
}
