using System.Text.RegularExpressions;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>
/// What an operation need not say, filled in once every file is read: the shared responses it does not list (after its
/// own; <c>code: null</c> leaves one out), and the path parameters its path template names that are reusable path
/// parameters it does not list (first, in the template's order; <c>impliedParameters: false</c> turns that off).
/// </summary>
internal sealed partial class OperationDefaults(IReadOnlyList<ParameterModel> parameters, IReadOnlyList<ResponseModel> sharedResponses)
{
    private readonly Dictionary<string, ParameterModel> _byKey = parameters
        .GroupBy(p => p.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public T Apply<T>(T operation)
        where T : OperationModel
    {
        var implied = operation.ImpliedParameters ? ImpliedParameters(operation) : [];
        var completed = operation with
        {
            Parameters = [.. implied, .. operation.Parameters],
            Responses = Responses(operation.Responses),
        };
        return completed is TriggerModel { Webhook: { BodyPosition: { } position } webhook } trigger && implied.Count > 0
            ? (T)(OperationModel)(trigger with { Webhook = webhook with { BodyPosition = position + implied.Count } })
            : (T)completed;
    }

    private List<ResponseModel> Responses(IReadOnlyList<ResponseModel> own)
    {
        var codes = own.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        return [.. own.Where(r => !r.Omitted), .. sharedResponses.Where(r => !r.Omitted && !codes.Contains(r.Key))];
    }

    private List<OperationParameterModel> ImpliedParameters(OperationModel operation)
    {
        var listed = operation.Parameters
            .Select(p => p.Inline ?? (p.Reference is { } reference ? _byKey.GetValueOrDefault(reference.Name) : null))
            .OfType<ParameterModel>()
            .Where(p => p.In == "path")
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);
        var implied = new List<OperationParameterModel>();
        foreach (var name in TemplateSegment().Matches(operation.HttpPath).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal))
        {
            if (!listed.Contains(name) && parameters.FirstOrDefault(p => p.In == "path" && p.Name == name) is { } parameter)
            {
                implied.Add(new OperationParameterModel(new ModelReference(parameter.Key, operation.Position), null, operation.Position));
            }
        }

        return implied;
    }

    [GeneratedRegex(@"\{([^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex TemplateSegment();
}
