using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConnectorKit.Runtime.Messages;

/// <summary>The body of a request or response: its bytes, read as JSON when a policy needs the tree.</summary>
public sealed class MessageBody
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    public byte[] Bytes { get; private set; } = [];

    public bool IsEmpty => Bytes.Length == 0;

    public void Set(byte[] bytes) => Bytes = bytes;

    /// <summary>The body as JSON; null when it is empty or not JSON (a body policy then has nothing to work on).</summary>
    public JsonNode? ReadJson()
    {
        if (IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(Bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void WriteJson(JsonNode? value) => Bytes = value is null ? [] : Encoding.UTF8.GetBytes(value.ToJsonString(Compact));

    public string AsText() => Encoding.UTF8.GetString(Bytes);
}
