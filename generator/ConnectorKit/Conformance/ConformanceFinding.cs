namespace ConnectorKit.Conformance;

/// <summary>A place where a JSON value breaks its schema: the RFC 6901 pointer of the value, and what is wrong.</summary>
public sealed record ConformanceFinding(string Pointer, string Message)
{
    public override string ToString() => (Pointer.Length == 0 ? "(root)" : Pointer) + ": " + Message;
}
