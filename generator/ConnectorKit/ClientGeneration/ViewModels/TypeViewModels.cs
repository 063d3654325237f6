namespace ConnectorKit.ClientGeneration.ViewModels;

/// <summary>A model record of an object schema.</summary>
internal sealed record RecordViewModel(string Name, IReadOnlyList<string> SummaryLines, IReadOnlyList<PropertyViewModel> Properties, string ExtensionDataName);

/// <summary>A property of a model record; <see cref="Modifier"/> is "required " for what the schema requires.</summary>
internal sealed record PropertyViewModel(string Name, string JsonNameLiteral, string Type, string Modifier, IReadOnlyList<string> DocLines);

/// <summary>A string enum, kept open: a struct wrapping the string with the known values as static members.</summary>
internal sealed record EnumViewModel(string Name, IReadOnlyList<string> SummaryLines, IReadOnlyList<EnumValueViewModel> Values);

/// <summary>A known value of an open enum; <see cref="DocText"/> is the value escaped for documentation.</summary>
internal sealed record EnumValueViewModel(string Name, string Literal, string DocText);

/// <summary>A webhook trigger's notification: the payload type and the parse method for it.</summary>
internal sealed record TriggerViewModel(string? OperationIdLiteral, string ParseName, string PayloadType, string FallbackLiteral, IReadOnlyList<string> SummaryLines);
