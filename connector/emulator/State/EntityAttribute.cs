namespace CustomerInsights.Emulator.State;

/// <summary>An attribute of an entity and its Entity Data Model type, as GetEntities answers it.</summary>
public sealed record EntityAttribute(string Name, string DataType);
