using ConnectorKit.Definition;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>
/// The schemas that describe a whole payload: body parameters, responses and webhook notification content (the roots
/// of <see cref="DocumentSchemas"/> other than definitions), with references resolved only when measured.
/// </summary>
internal static class BodySchemas
{
    public static IEnumerable<SchemaEntry> All(SwaggerDocument document) =>
        DocumentSchemas.Roots(document).Where(r => r.Flow != SchemaFlow.Either);
}
