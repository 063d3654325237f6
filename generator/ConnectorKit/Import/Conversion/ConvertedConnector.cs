using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;

namespace ConnectorKit.Import.Conversion;

/// <summary>
/// A source document converted into a connector definition (null when the document could not be read or converted),
/// where each swagger node came from in the source, and every finding of reading and converting it.
/// </summary>
internal sealed record ConvertedConnector(ConnectorDefinition? Definition, JsonPositionIndex Positions, IReadOnlyList<Diagnostic> Findings);
