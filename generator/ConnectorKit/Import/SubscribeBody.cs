using System.Text.Json.Nodes;

namespace ConnectorKit.Import;

/// <summary>
/// The body parameter of an original webhook subscription: where it stands among the parameters (null when last),
/// its schema (the referenced definition when <paramref name="SchemaName"/> is set) and the callback property in it.
/// </summary>
internal sealed record SubscribeBody(JsonObject Parameter, int? Position, JsonObject Schema, string? SchemaName, string CallbackName, JsonObject Callback);
