using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>Uniqueness within one <c>parameters</c> list, of an operation or of a path item.</summary>
internal static class ParameterLists
{
    /// <summary>The path items' own parameter lists, with the path they belong to.</summary>
    public static IEnumerable<(string Path, IReadOnlyList<ResolvedParameter> Parameters)> OfPathItems(SwaggerDocument swagger)
    {
        foreach (var (path, item) in swagger.Paths ?? [])
        {
            var listPointer = JsonPointer.Append(JsonPointer.Append("/paths", path), "parameters");
            yield return (path, OperationParameters.Listed(swagger.Node, item.Child("parameters"), listPointer));
        }
    }

    /// <summary>
    /// Each entry that repeats the name and location of an earlier, different entry (entries written identically are
    /// <c>OperationParametersAreNotUnique</c>), with that earlier one.
    /// </summary>
    public static IEnumerable<(ResolvedParameter Repeat, ResolvedParameter First)> SameNameAndLocation(IReadOnlyList<ResolvedParameter> parameters)
    {
        for (var index = 1; index < parameters.Count; index++)
        {
            var parameter = parameters[index];
            var first = parameters.Take(index).FirstOrDefault(p => p.Name == parameter.Name && string.Equals(p.In, parameter.In, StringComparison.OrdinalIgnoreCase));
            if (first is not null && !JsonValues.DeepEquals(first.Entry, parameter.Entry))
            {
                yield return (parameter, first);
            }
        }
    }

    /// <summary>The body parameters after the first.</summary>
    public static IEnumerable<ResolvedParameter> ExtraBodies(IReadOnlyList<ResolvedParameter> parameters) =>
        parameters.Where(p => p.IsIn("body")).Skip(1);
}
