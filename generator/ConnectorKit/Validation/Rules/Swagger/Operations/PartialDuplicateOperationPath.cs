using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// An operation whose path has a variable where another operation of the same method has a static segment
/// (<c>/items/{id}</c> beside <c>/items/recent</c>) is shadowed when the variable's value equals that segment.
/// Reported on the operation with the variable, naming the static paths it overlaps.
/// </summary>
public sealed class PartialDuplicateOperationPath : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(PartialDuplicateOperationPath),
        "An operation's path overlaps another's where a variable meets a static segment.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var routes = Route.Of(context.Definition.Swagger);
        var rivals = Route.Rivals(routes);
        for (var index = 0; index < routes.Count; index++)
        {
            var route = routes[index];
            var shadowing = rivals[index].Select(rival => routes[rival]).Where(other => !route.SameShape(other) && Shadows(other, route)).ToList();
            if (shadowing.Count > 0)
            {
                context.Report(DefinitionFileKind.ApiDefinition, route.Operation.Pointer,
                    $"Operation '{OperationLookup.DisplayName(route.Operation)}' ({route.Operation.Path}) overlaps {string.Join(", ", shadowing.Select(s => s.Operation.Path))}: "
                    + "a variable value equal to their static segment would route to the other operation; make a static segment differ.");
            }
        }
    }

    /// <summary>Every segment pair matches, and somewhere the other path is static where this one has a variable.</summary>
    private static bool Shadows(Route other, Route route)
    {
        var staticOverVariable = false;
        for (var index = 0; index < route.Shape.Count; index++)
        {
            var mine = route.Shape[index];
            var theirs = other.Shape[index];
            if (string.Equals(mine, theirs, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (Route.IsVariable(mine) && !Route.IsVariable(theirs))
            {
                staticOverVariable = true;
            }
            else if (!Route.IsVariable(theirs))
            {
                return false;
            }
        }

        return staticOverVariable;
    }
}
