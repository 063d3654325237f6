using ConnectorKit.Json;

namespace ConnectorKit.Hints;

/// <summary>A fix for one object of the definition: the object at <see cref="Host"/> gets, changes or loses the fix's key.</summary>
public readonly record struct PlacedFix(KeyFix Fix, string Host)
{
    /// <summary>Where the key is (or would be written).</summary>
    public string Pointer => Fix.KeyPath.Aggregate(Host, JsonPointer.Append);
}
