using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>A schema's <c>x-ms-capabilities.filterFunctions</c> list: the OData filter functions a column supports.</summary>
internal readonly record struct FilterFunctionList(SchemaEntry Schema, JsonNode? List, string Pointer);

internal static class FilterFunctionLists
{
    /// <summary>
    /// The OData v4 operators and canonical functions of <c>$filter</c> (OData URL Conventions, section 5.1.1).
    /// Microsoft does not publish the list the platform accepts: this one is chosen, not documented.
    /// </summary>
    public static readonly IReadOnlyList<string> Supported =
    [
        "eq", "ne", "gt", "ge", "lt", "le", "and", "or", "not", "has", "in", "add", "sub", "mul", "div", "divby", "mod", "negate",
        "contains", "endswith", "startswith", "length", "indexof", "substring", "matchesPattern", "tolower", "toupper", "trim", "concat",
        "year", "month", "day", "hour", "minute", "second", "fractionalseconds", "totalseconds", "date", "time", "totaloffsetminutes",
        "now", "mindatetime", "maxdatetime", "round", "floor", "ceiling", "cast", "isof", "sum", "min", "max", "average", "countdistinct",
        "null",
    ];

    public static IEnumerable<FilterFunctionList> All(SwaggerDocument document)
    {
        foreach (var schema in DocumentSchemas.All(document))
        {
            if (schema.Node.Child("x-ms-capabilities") is JsonObject capabilities && capabilities.TryGetPropertyValue("filterFunctions", out var list))
            {
                yield return new FilterFunctionList(schema, list, JsonPointer.Append(schema.Member("x-ms-capabilities"), "filterFunctions"));
            }
        }
    }
}
