using System.Text.RegularExpressions;
using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads responses: reusable ones by name, and an operation's by status code.</summary>
internal static partial class ResponseReader
{
    internal static readonly string[] Keys = ["description", "summary", "schema", "headers", "examples", "extensions"];

    public static ResponseModel? ReadReusable(MappingEntry entry, LoadContext context) =>
        MappingReader.Open(entry.Value, $"response '{entry.Key.Text}'", Keys, context, origin: entry.Key.Position) is { } map
            ? ReadBody(entry.Key.Text, map)
            : null;

    /// <summary>An operation's <c>responses:</c>; each is a reusable response's name or a response written out.</summary>
    public static IReadOnlyList<ResponseModel> ReadOperationResponses(MappingReader operation) =>
        operation.MappingNode("responses") is { } responses ? ReadByCode(responses, operation.What, operation.Context) : [];

    /// <summary>The <c>sharedResponses:</c> section: status code -> response, added to every operation that does not say the code.</summary>
    public static IReadOnlyList<ResponseModel> ReadShared(MappingEntry section, LoadContext context)
    {
        if (section.Value is MappingNode responses)
        {
            return ReadByCode(responses, "the shared responses", context);
        }

        // Reports anything but a mapping or null.
        MappingReader.EntriesOf(section.Value, "'sharedResponses'", context);
        return [];
    }

    /// <summary>Responses by status code; each is a reusable response's name, a response written out, or null (left out).</summary>
    private static IReadOnlyList<ResponseModel> ReadByCode(MappingNode responses, string what, LoadContext context)
    {
        var models = new List<ResponseModel>();
        foreach (var (code, value) in responses.Entries)
        {
            if (!StatusCode().IsMatch(code.Text))
            {
                context.Report(DiagnosticCodes.InvalidValue, code.Position,
                    $"'{code.Text}' is not a response key of {what}; use a status code such as 200, or default.");
            }

            if (value is ScalarNode { IsNull: true })
            {
                models.Add(new ResponseModel { Key = code.Text, Omitted = true, Position = code.Position });
            }
            else if (value is ScalarNode name)
            {
                models.Add(new ResponseModel { Key = code.Text, Reference = new ModelReference(name.Text, name.Position), Position = code.Position });
            }
            else if (MappingReader.Open(value, $"response '{code.Text}' of {what}", Keys, context, origin: code.Position) is { } map)
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
        Summary = map.String("summary"),
        Schema = SchemaReader.Read(map, "schema"),
        Headers = map.RawMapping("headers"),
        Examples = map.RawMapping("examples"),
        Extensions = map.RawMapping("extensions"),
        Position = map.Origin,
    };

    [GeneratedRegex("^([1-5][0-9][0-9]|default)$", RegexOptions.CultureInvariant)]
    private static partial Regex StatusCode();
}
