namespace ConnectorKit.ClientGeneration.ViewModels;

/// <summary>Everything the templates print for one client; every name is valid and unique, every text escaped.</summary>
internal sealed record ClientViewModel
{
    public required string Namespace { get; init; }

    public required ClientNames Names { get; init; }

    /// <summary>The <c>[GeneratedCode]</c> attribute's tool and version literals.</summary>
    public required string ToolLiteral { get; init; }

    public required string VersionLiteral { get; init; }

    public required IReadOnlyList<string> SummaryLines { get; init; }

    public required IReadOnlyList<string> RemarksLines { get; init; }

    /// <summary>A string literal of the service root from the definition's scheme, host and basePath, or <c>null</c>.</summary>
    public required string DefaultEndpointLiteral { get; init; }

    /// <summary>The default endpoint escaped for documentation, or "none".</summary>
    public required string DefaultEndpointDoc { get; init; }

    public required AuthViewModel Auth { get; init; }

    public required IReadOnlyList<MethodViewModel> Methods { get; init; }

    public required IReadOnlyList<TriggerViewModel> Triggers { get; init; }

    public bool HasWebhooks => Triggers.Count > 0;

    public required IReadOnlyList<RecordViewModel> Records { get; init; }

    public required IReadOnlyList<EnumViewModel> Enums { get; init; }

    /// <summary>The root types the serializer context must know, as C# type names.</summary>
    public required IReadOnlyList<string> SerializableTypes { get; init; }
}
