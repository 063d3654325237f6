using System.Globalization;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Json;

/// <summary>The deviations from strict JSON of a file that were read anyway: the first in the text, where it is, and how many there are.</summary>
public sealed record StrictJsonViolations(DiagnosticDescriptor First, SourcePosition Position, int Count);

/// <summary>
/// Collects the findings of reading one JSON file. Each deviation is listed at its position, up to a limit per code so
/// that a hostile file cannot flood the report; beyond it, one finding says how many more there are.
/// </summary>
internal sealed class JsonDeviationLog(LineMap lines)
{
    private const int ListedPerCode = 20;

    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<DiagnosticDescriptor, (int Count, int FirstUnlisted)> _counts = [];
    private (DiagnosticDescriptor Descriptor, int Offset)? _firstStrictViolation;
    private int _strictViolations;

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public StrictJsonViolations? StrictViolations =>
        _firstStrictViolation is var (descriptor, offset) ? new StrictJsonViolations(descriptor, lines.At(offset), _strictViolations) : null;

    public SourcePosition At(int offset) => lines.At(offset);

    public void Report(DiagnosticDescriptor descriptor, int offset, string message)
    {
        var (count, firstUnlisted) = _counts.GetValueOrDefault(descriptor);
        _counts[descriptor] = (count + 1, count == ListedPerCode ? offset : firstUnlisted);
        if (RejectedByStrictParsers(descriptor))
        {
            _strictViolations++;

            // A trailing comma is found only at the bracket after it, so the order of reports is not quite the text's.
            if (_firstStrictViolation is not { } first || offset < first.Offset)
            {
                _firstStrictViolation = (descriptor, offset);
            }
        }

        if (count < ListedPerCode)
        {
            _diagnostics.Add(Diagnostic.Create(descriptor, lines.At(offset), message));
        }
    }

    public void Fail(int offset, string message) =>
        _diagnostics.Add(Diagnostic.Create(DiagnosticCodes.JsonSyntax, lines.At(offset), message));

    /// <summary>Adds, for each code reported more often than listed, one finding with the number left out.</summary>
    public void Summarize()
    {
        foreach (var (descriptor, (count, firstUnlisted)) in _counts.Where(c => c.Value.Count > ListedPerCode).OrderBy(c => c.Key.Code, StringComparer.Ordinal))
        {
            _diagnostics.Add(Diagnostic.Create(descriptor, lines.At(firstUnlisted), string.Create(CultureInfo.InvariantCulture,
                $"{count - ListedPerCode} more findings of this kind follow in this file from here on; they are not listed one by one.")));
        }
    }

    /// <summary>
    /// Duplicate keys are the one deviation strict parsers (Python's json module, which paconn uses) accept, keeping the
    /// last value as the platform does: RFC 8259 only says names should be unique.
    /// </summary>
    private static bool RejectedByStrictParsers(DiagnosticDescriptor descriptor) => descriptor != DiagnosticCodes.JsonDuplicateKey;
}
