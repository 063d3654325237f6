using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>The platform passes the connection itself as <c>connectionId</c>; a parameter may not take that name.</summary>
public sealed class ConnectionIdParameterNotAllowed : IValidationRule
{
    private const string Reserved = "connectionId";

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ConnectionIdParameterNotAllowed), "A parameter is named 'connectionId'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in SwaggerObjects.Parameters(context.Definition.Swagger).Where(p => !p.IsReference))
        {
            if (parameter.Node.Child("name").StringOrNull() is { } name && string.Equals(name, Reserved, StringComparison.OrdinalIgnoreCase))
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(parameter.Pointer, "name"),
                    $"The parameter name '{name}' is reserved for the connection the platform passes; rename the parameter.");
            }
        }
    }
}
