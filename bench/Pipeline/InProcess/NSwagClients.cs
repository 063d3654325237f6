using NJsonSchema.CodeGeneration.CSharp;
using NSwag.CodeGeneration.CSharp;

namespace ConnectorKit.Bench.Pipeline.InProcess;

/// <summary>NSwag's C# client generation from a swagger file, set up as its own tests use it.</summary>
internal static class NSwagClients
{
    /// <summary>
    /// NJsonSchema and NSwag share a static template cache keyed by the template directory: NSwag gets a directory of
    /// its own (empty, so its embedded default templates are used), whatever else runs in this process.
    /// </summary>
    private static readonly string TemplateDirectory = Directory.CreateTempSubdirectory("connectorkit-bench-nswag-templates-").FullName;

    /// <summary>The client's code, or null when NSwag cannot read the file or generate from it.</summary>
    public static async Task<string?> GenerateAsync(string swaggerPath)
    {
        try
        {
            var document = await global::NSwag.OpenApiDocument.FromJsonAsync(await File.ReadAllTextAsync(swaggerPath));
            var settings = new CSharpClientGeneratorSettings
            {
                ClassName = "{controller}Client",
                CSharpGeneratorSettings = { Namespace = "Bench.NSwag", JsonLibrary = CSharpJsonLibrary.SystemTextJson, TemplateDirectory = TemplateDirectory },
            };
            return new CSharpClientGenerator(document, settings).GenerateFile();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }
}
