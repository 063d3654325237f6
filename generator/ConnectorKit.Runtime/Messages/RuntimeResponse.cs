namespace ConnectorKit.Runtime.Messages;

/// <summary>The response on its way back to the caller, as response and failure policies shape it.</summary>
public sealed class RuntimeResponse
{
    public required int Status { get; set; }

    public HeaderList Headers { get; } = new();

    public MessageBody Body { get; } = new();

    /// <summary>The backend answered (a status below 400); failure policies run otherwise.</summary>
    public bool IsSuccess => Status < 400;
}
