using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Parameters;

/// <summary>
/// A fetch trigger that names its subscribe operation in <c>x-ms-notification</c> shares its inputs with it: a
/// parameter of the same name in both must have the same type and visibility. (The code's spelling is Microsoft's.)
/// </summary>
public sealed class ParamtersWithSameNameMustHaveSameTypeAndVisibility : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ParamtersWithSameNameMustHaveSameTypeAndVisibility),
        "A parameter of the fetch and subscribe operations differs in type or visibility.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        foreach (var fetch in swagger.Operations)
        {
            if (fetch.Node.Child("x-ms-notification").Child("operationId").StringOrNull() is not { } subscribeId
                || swagger.FindOperation(subscribeId) is not { } subscribe)
            {
                continue;
            }

            var subscribeParameters = OperationParameters.Effective(swagger.Node, subscribe);
            foreach (var parameter in OperationParameters.Effective(swagger.Node, fetch))
            {
                var twin = subscribeParameters.FirstOrDefault(p => p.Name is not null && p.Name == parameter.Name);
                if (twin is not null && (twin.Type != parameter.Type || Visibility(twin) != Visibility(parameter)))
                {
                    context.ReportSwagger(parameter.Pointer,
                        $"The parameter '{parameter.Name}' is {Describe(parameter)} here but {Describe(twin)} in the subscribe operation '{subscribeId}'; make them the same.");
                }
            }
        }
    }

    private static string Visibility(ResolvedParameter parameter) => parameter.Node.Child("x-ms-visibility").StringOrNull() ?? "none";

    private static string Describe(ResolvedParameter parameter) => $"of type '{parameter.Type ?? "none"}' with visibility '{Visibility(parameter)}'";
}
