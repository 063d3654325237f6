using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>
/// What one load collects: every finding, and whether a required value was missing or unusable (then the model is
/// incomplete and the loader returns none, after reporting everything it found).
/// </summary>
internal sealed class LoadContext
{
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Where each key of each mapping read was written.</summary>
    public ModelKeyPositions KeyPositions { get; } = new();

    public bool Incomplete { get; private set; }

    /// <summary>The Swagger key the label of a one-line property writes (<c>connector: propertyLabel:</c>).</summary>
    public string PropertyLabelKey { get; set; } = PropertyLabel.Summary.Key;

    /// <summary>Whether an optional parameter that says nothing writes <c>required: false</c> (<c>connector: markOptional:</c>).</summary>
    public bool MarkOptional { get; set; } = true;

    public void Report(DiagnosticDescriptor descriptor, SourcePosition position, string message) =>
        Diagnostics.Add(descriptor, position, message);

    /// <summary>Reports a problem with a value; when the value was required the model becomes incomplete.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourcePosition position, string message, bool required)
    {
        Incomplete |= required;
        Report(descriptor, position, message);
    }

    public void MarkIncomplete() => Incomplete = true;
}
