using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads <c>type</c> and <c>format</c>, where a one-word type (<see cref="TypeWords"/>) says both.</summary>
internal static class TypeReader
{
    public static (string? Type, string? Format) Read(MappingReader map, bool required = false)
    {
        var type = map.Scalar("type", required);
        var format = map.String("format");
        if (type is null || TypeWords.Expand(type.Text) is not var (swaggerType, impliedFormat))
        {
            return (type?.Text, format);
        }

        if (format is not null)
        {
            map.Context.Report(DiagnosticCodes.InvalidValue, type.Position,
                $"The one-word type '{type.Text}' of {map.What} says the format already; write 'type: {swaggerType}' with the format, or leave the format out.");
        }

        return (swaggerType, impliedFormat);
    }
}
