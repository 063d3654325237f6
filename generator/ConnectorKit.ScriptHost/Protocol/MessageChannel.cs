using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConnectorKit.ScriptHost.Protocol;

/// <summary>
/// Messages over a pair of streams: each a 4-byte little-endian length and that many bytes of UTF-8 JSON. Writes are
/// serialised; one reader reads. A frame larger than <see cref="MaximumFrameBytes"/> is refused, so a broken peer
/// cannot make the other side allocate without bound.
/// </summary>
public sealed class MessageChannel(Stream input, Stream output)
{
    public const int MaximumFrameBytes = 256 * 1024 * 1024;

    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public async Task WriteAsync(WorkerMessage message, CancellationToken cancellationToken = default)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(message, Options);
        var header = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(payload, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The next message; null when the other side closed the stream.</summary>
    public async Task<WorkerMessage?> ReadAsync(CancellationToken cancellationToken = default)
    {
        var header = new byte[4];
        if (!await FillAsync(header, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length is <= 0 or > MaximumFrameBytes)
        {
            throw new InvalidDataException($"A message frame of {length} bytes is not valid.");
        }

        var payload = new byte[length];
        if (!await FillAsync(payload, cancellationToken).ConfigureAwait(false))
        {
            throw new EndOfStreamException("The stream ended inside a message.");
        }

        return JsonSerializer.Deserialize<WorkerMessage>(payload, Options) ?? throw new InvalidDataException("A message frame holds no message.");
    }

    private async Task<bool> FillAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var count = await input.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
            if (count == 0)
            {
                return read == 0 ? false : throw new EndOfStreamException("The stream ended inside a message.");
            }

            read += count;
        }

        return true;
    }
}
