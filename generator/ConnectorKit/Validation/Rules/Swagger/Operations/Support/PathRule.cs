using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>Runs a check over each path template of the document and reports at the path's key.</summary>
internal static class PathRule
{
    public static void Check(ValidationContext context, Func<string, string?> problemOf)
    {
        foreach (var (path, _) in context.Definition.Swagger.Paths ?? [])
        {
            if (problemOf(path) is { } message)
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append("/paths", path), message);
            }
        }
    }
}
