using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Import.Conversion;
using ConnectorKit.Import.OpenApi3;
using ConnectorKit.Import.Postman;
using ConnectorKit.Json;

namespace ConnectorKit.Import.Sources;

/// <summary>
/// What <c>import</c> takes: a connector folder, or one file whose content says what it is (never its name): a
/// Swagger 2.0 file (JSON with the connector files beside it, or YAML), an OpenAPI 3.0/3.1 document (JSON or YAML), or
/// a Postman collection v2.0/v2.1. An API description is converted into a Swagger 2.0 connector, which the connector
/// importer turns into a model like any other connector; the findings of converting point at the source document.
/// </summary>
public static class SourceImporter
{
    public static ImportResult Import(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return ConnectorImporter.Import(full);
        }

        var findings = new List<Diagnostic>();
        if (!File.Exists(full))
        {
            return new ImportResult([], [Diagnostic.Create(DiagnosticCodes.FileNotFound, new SourcePosition(full, 0, 0), "There is no file or folder at this path.")]);
        }

        if (SourceDocument.Read(full, findings) is not { } source)
        {
            return new ImportResult([], findings);
        }

        var folder = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        var kind = SourceKinds.Detect(source.Root, out var description);
        if (kind == SourceKind.Swagger2 && source.Format == SourceFormat.Json)
        {
            // A connector's own file: read as every command reads one, with the files beside it.
            return ConnectorImporter.Import(ConnectorFolderReader.ReadSwagger(full), folder, name);
        }

        var converted = kind switch
        {
            SourceKind.Swagger2 => SwaggerYaml(source),
            SourceKind.OpenApi3 => OpenApi3Importer.Convert(source),
            SourceKind.PostmanCollection => PostmanImporter.Convert(source),
            _ => new ConvertedConnector(null, source.Positions, [Diagnostic.Create(DiagnosticCodes.ImportSourceUnknown, source.PositionOf(JsonPointer.Root),
                $"This is {description}; import takes a connector folder or swagger file, an OpenAPI 3.0/3.1 document (JSON or YAML) or a Postman collection v2.0/v2.1.")]),
        };
        findings.AddRange(converted.Findings);
        var read = new DefinitionReadResult(converted.Definition, full, converted.Positions, JsonPositionIndex.Empty(full), findings);
        return ConnectorImporter.Import(read, folder, name);
    }

    /// <summary>A Swagger 2.0 document written in YAML is the connector's swagger as it is; it has no apiProperties.</summary>
    private static ConvertedConnector SwaggerYaml(SourceDocument source)
    {
        var shape = DefinitionShape.OfApiDefinition(source.Root, source.Positions).ToList();
        var definition = shape.Any(d => d.Severity == Severity.Error) ? null : new ConnectorDefinition((JsonObject)source.Root!, apiProperties: null);
        return new ConvertedConnector(definition, source.Positions, shape);
    }
}
