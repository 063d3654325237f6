namespace ConnectorKit.Model.Schema;

/// <summary>
/// The JSON Schema (draft-07) of the YAML model files, for editors (yaml-language-server) and tools. It is embedded
/// in the library so it ships with it; the loader stays the authority, and tests keep the two in step.
/// </summary>
public static class ConnectorModelSchema
{
    private const string ResourceName = "ConnectorKit.Model.Schema.connector-model.schema.json";

    /// <summary>The schema's JSON text, with LF line endings.</summary>
    public static string Text { get; } = ReadResource();

    private static string ReadResource()
    {
        using var stream = typeof(ConnectorModelSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
