namespace ConnectorKit.TestSupport;

/// <summary>
/// tests/Shared/Compilation/ReferencePacks.cs is compiled into this benchmark as it is into the tests; where the tests
/// skip (no .NET 10 targeting pack), the benchmark stops with the same reason.
/// </summary>
internal static class Assert
{
    public static void Skip(string reason) => throw new InvalidOperationException(reason);
}
