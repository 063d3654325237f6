using System.Text.RegularExpressions;
using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads responses: reusable ones by name, and an operation's by status code.</summary>
internal static partial class ResponseReader
{
    private static readonly string[] Keys = ["description", "schema", "headers", "extensions"];

    public static ResponseModel? ReadReusable(MappingEntry entry, LoadContext context) =>
        MappingReader.Open(entry.Value, $"response '{entry.Key.Text}'", Keys, context, origin: entry.Key.Position) is { } map
            ? ReadBody(entry.Key.Text, map)
            : null;

    /// <summary>An operation's <c>responses:</c>; each is a reusable response's name or a response written out.</summary>
    public static IReadOnlyList<ResponseModel> ReadOperationResponses(MappingReader operation)
    {
        if (operation.MappingNode("responses") is not { } responses)
        {
            return [];
        }

        var models = new List<ResponseModel>();
        foreach (var (code, value) in responses.Entries)
        {
            if (!StatusCode().IsMatch(code.Text))
            {
                operation.Context.Report(DiagnosticCodes.InvalidValue, code.Position,
                    $"'{code.Text}' is not a response key of {operation.What}; use a status code such as 200, or default.");
            }

            if (value is ScalarNode { IsNull: false } name)
            {
                models.Add(new ResponseModel { Key = code.Text, Reference = new ModelReference(name.Text, name.Position), Position = code.Position });
            }
            else if (MappingReader.Open(value, $"response '{code.Text}' of {operation.What}", Keys, operation.Context, origin: code.Position) is { } map)
            {
                models.Add(ReadBody(code.Text, map));
            }
        }

        return models;
    }

    private static ResponseModel ReadBody(string key, MappingReader map) => new()
    {
        Key = key,
        Description = map.String("description"),
        Schema = SchemaReader.Read(map, "schema"),
        Headers = map.RawMapping("headers"),
        Extensions = map.RawMapping("extensions"),
        Position = map.Origin,
    };

    [GeneratedRegex("^([1-5][0-9][0-9]|default)$", RegexOptions.CultureInvariant)]
    private static partial Regex StatusCode();
}
