using ConnectorKit.Expansion;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>Shorthands for rules that report on the Swagger file.</summary>
internal static class ContextExtensions
{
    public static void ReportSwagger(this ValidationContext context, string pointer, string message) =>
        context.Report(DefinitionFileKind.ApiDefinition, pointer, message);
}
