namespace ConnectorKit.Tests.Loading;

/// <summary>YAML the loader tests build on.</summary>
internal static class ModelSnippets
{
    /// <summary>The smallest valid connector section: five lines, so what a test appends starts on line 6.</summary>
    public const string Header = """
        connector:
          title: Demo
          description: A demo.
          version: "1.0"
          host: api.example.com

        """;
}
