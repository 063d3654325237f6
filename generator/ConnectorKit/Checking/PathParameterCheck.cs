using System.Text.RegularExpressions;
using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>
/// CK2006: every path parameter appears as <c>{name}</c> in the operation's path (for triggers, the webhook or polling
/// path); CK2007: every <c>{segment}</c> of the path has a path parameter.
/// </summary>
public sealed partial class PathParameterCheck : IModelCheck
{
    public string Id => "path-parameters";

    public void Check(ConnectorModel model, DiagnosticBag diagnostics)
    {
        var reusable = model.ReusableParametersByKey();
        foreach (var operation in model.Operations)
        {
            if (operation.Route() is not { } route)
            {
                continue;
            }

            var segments = TemplateSegment().Matches(route.Path).Select(m => m.Groups[1].Value).ToList();
            var pathParameters = operation.ResolvedParameters(reusable).Where(p => p.Parameter.IsIn("path")).ToList();
            foreach (var (parameter, position) in pathParameters)
            {
                if (!segments.Contains(parameter.Name, StringComparer.Ordinal))
                {
                    diagnostics.Add(
                        DiagnosticCodes.PathParameterNotInTemplate,
                        position,
                        $"Path parameter '{parameter.Name}' of operation '{operation.Id}' does not appear as '{{{parameter.Name}}}' in its path '{route.Path}'.{Suggestions.DidYouMean(parameter.Name, segments)}");
                }
            }

            var names = pathParameters.Select(p => p.Parameter.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var segment in segments.Distinct(StringComparer.Ordinal).Where(s => !names.Contains(s)))
            {
                diagnostics.Add(
                    DiagnosticCodes.PathTemplateParameterMissing,
                    route.Position,
                    $"Path '{route.Path}' of operation '{operation.Id}' has segment '{{{segment}}}' but no path parameter '{segment}'.");
            }
        }
    }

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex TemplateSegment();
}
