using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Hints;

/// <summary>The terms of a connector folder: keys as the JSON files spell them, values as JSON, at the JSON's lines.</summary>
internal sealed class SwaggerTerms : AuthorTerms
{
    private const string ConnectorMetadataKey = "x-ms-connector-metadata";

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override SourcePosition Locate(JsonPositionIndex positions, DefinitionFileKind file, string pointer) => positions.Find(pointer);

    public override SourcePosition Locate(JsonPositionIndex positions, PlacedFix fix) => positions.Find(fix.Pointer);

    /// <summary>Keys as written, except that an entry of x-ms-connector-metadata is an object with its name, not a key.</summary>
    protected override ModelKey Spell(DefinitionFileKind file, string key) =>
        key.Split('/') is [ConnectorMetadataKey, var entry]
            ? new ModelKey($"{ConnectorMetadataKey}/{{ \"propertyName\": {JsonSerializer.Serialize(entry, Compact)}, \"propertyValue\": ... }}")
            : new ModelKey(key);

    protected override string Literal(JsonNode? value) => value?.ToJsonString(Compact) ?? "...";

    protected override string Pair(string key, string literal) => JsonSerializer.Serialize(key, Compact) + ": " + literal;

    protected override string Quoted(string written) => written;
}
