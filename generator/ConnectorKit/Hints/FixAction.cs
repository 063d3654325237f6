namespace ConnectorKit.Hints;

/// <summary>What a fix does with its key.</summary>
public enum FixAction
{
    /// <summary>The key is missing: write it.</summary>
    Add,

    /// <summary>The key is there with a value that will not do: change the value.</summary>
    Set,

    /// <summary>The key should not be there.</summary>
    Remove,
}
