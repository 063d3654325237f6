using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>A <c>$ref</c> written in the document, the section it must point into, and the pointer of the <c>$ref</c> key.</summary>
internal readonly record struct ReferenceSite(string Reference, string Section, string Pointer);

/// <summary>Every <c>$ref</c> in a schema, parameter or response position, in file order per kind.</summary>
internal static class ReferenceSites
{
    public static IEnumerable<ReferenceSite> All(SwaggerDocument document)
    {
        foreach (var schema in DocumentSchemas.All(document))
        {
            if (schema.Node.Child("$ref").StringOrNull() is { } reference)
            {
                yield return new ReferenceSite(reference, "definitions", schema.Member("$ref"));
            }
        }

        foreach (var parameter in SwaggerObjects.Parameters(document))
        {
            if (parameter.Node.Child("$ref").StringOrNull() is { } reference)
            {
                yield return new ReferenceSite(reference, "parameters", JsonPointer.Append(parameter.Pointer, "$ref"));
            }
        }

        foreach (var response in SwaggerObjects.Responses(document))
        {
            if (response.Node.Child("$ref").StringOrNull() is { } reference)
            {
                yield return new ReferenceSite(reference, "responses", JsonPointer.Append(response.Pointer, "$ref"));
            }
        }
    }
}

/// <summary>Reports the references of one section that have one kind of problem: what the six reference rules share.</summary>
internal static class ReferenceFindings
{
    public static void Report(ValidationContext context, string section, ReferenceProblem problem, Func<ReferenceSite, string> message)
    {
        var swagger = context.Definition.Swagger;
        foreach (var site in ReferenceSites.All(swagger).Where(s => s.Section == section))
        {
            if (ReferenceCheck.Check(swagger.Node, site.Reference, section) == problem)
            {
                context.ReportSwagger(site.Pointer, message(site));
            }
        }
    }
}
