using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// Two operations with the same method whose paths differ only in the names of their variables
/// (<c>/items/{id}</c> and <c>/items/{name}</c>) match the same requests, so routing cannot tell them apart.
/// </summary>
public sealed class DuplicateOperationPath : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(DuplicateOperationPath), "Two operations have paths no request can tell apart.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var routes = Route.Of(context.Definition.Swagger);
        var rivals = Route.Rivals(routes);
        for (var index = 1; index < routes.Count; index++)
        {
            var route = routes[index];
            if (rivals[index].TakeWhile(rival => rival < index).Select(rival => routes[rival]).FirstOrDefault(route.SameShape) is { } earlier)
            {
                context.Report(DefinitionFileKind.ApiDefinition, route.Operation.Pointer,
                    $"Operations '{OperationLookup.DisplayName(earlier.Operation)}' ({earlier.Operation.Path}) and '{OperationLookup.DisplayName(route.Operation)}' ({route.Operation.Path}) "
                    + $"differ only in variable names, so they match the same {route.Operation.Method.ToUpperInvariant()} requests; make a static segment differ.");
            }
        }
    }
}
