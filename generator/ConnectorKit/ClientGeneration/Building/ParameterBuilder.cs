using System.Text.Json.Nodes;
using ConnectorKit.ClientGeneration.Naming;
using ConnectorKit.ClientGeneration.Schemas;
using ConnectorKit.ClientGeneration.Text;
using ConnectorKit.ClientGeneration.ViewModels;
using ConnectorKit.Json;

namespace ConnectorKit.ClientGeneration.Building;

/// <summary>The C# parameters of one method and the request-builder steps that put each value where the operation wants it.</summary>
internal sealed record MethodParameters(
    IReadOnlyList<ParameterViewModel> Parameters,
    IReadOnlyList<string> NullChecks,
    IReadOnlyList<RequestStepViewModel> Steps,
    IReadOnlyList<TypeRef> BodyTypes);

/// <summary>
/// Turns an operation's parameters into method parameters: required ones first, optional ones nullable with a null
/// default. An internal required parameter with a default is no parameter at all: its default is always sent.
/// </summary>
internal sealed class ParameterBuilder(ModelCatalog catalog)
{
    /// <summary>Names the method body uses for its own locals.</summary>
    private static readonly string[] Locals = ["cancellationToken", "request", "response", "result", "currentPage", "pageItem"];

    private static readonly string[] Locations = ["path", "query", "header", "formData", "body"];

    public MethodParameters Build(IReadOnlyList<JsonObject> parameters, string methodName, IReadOnlyList<string> consumes)
    {
        var names = new NameScope(Locals);
        var required = new List<ParameterViewModel>();
        var optional = new List<ParameterViewModel>();
        var nullChecks = new List<string>();
        var steps = new List<RequestStepViewModel>();
        var bodyTypes = new List<TypeRef>();
        foreach (var parameter in parameters)
        {
            var wireName = OperationParameters.Name(parameter);
            var location = OperationParameters.Location(parameter);
            if (!Locations.Contains(location, StringComparer.Ordinal))
            {
                continue;
            }

            var isRequired = parameter.Child("required").BooleanOrNull() ?? location == "path";
            if (ConstantValue(parameter, isRequired) is { } constant)
            {
                steps.Add(Step(location, CSharpLiteral.String(wireName), CSharpLiteral.String(constant), parameter, consumes));
                continue;
            }

            var type = location == "body"
                ? catalog.Map(parameter.Child("schema"), methodName + "Request")
                : catalog.Map(parameter, methodName + CSharpIdentifiers.ToPascalCase(wireName, "Value"));
            if (location == "body")
            {
                bodyTypes.Add(type);
            }

            var name = names.Take(CSharpIdentifiers.ToCamelCase(wireName, "value"));
            var doc = Docs.LineOf(parameter);
            if (isRequired)
            {
                required.Add(new ParameterViewModel(name, type.Name, string.Empty, doc));
                if (!type.IsValueType)
                {
                    nullChecks.Add(name);
                }
            }
            else
            {
                optional.Add(new ParameterViewModel(name, type.Optional, " = null", doc));
            }

            steps.Add(Step(location, CSharpLiteral.String(wireName), name, parameter, consumes, type));
        }

        if (parameters.Any(p => OperationParameters.Location(p) == "formData") && consumes.Contains("multipart/form-data", StringComparer.OrdinalIgnoreCase))
        {
            steps.Add(new RequestStepViewModel("UseMultipart", string.Empty));
        }

        return new MethodParameters([.. required, .. optional], nullChecks, steps, bodyTypes);
    }

    private static RequestStepViewModel Step(string location, string wireLiteral, string value, JsonObject parameter, IReadOnlyList<string> consumes, TypeRef? type = null) => location switch
    {
        "path" => new("Path", $"{wireLiteral}, {value}, {CSharpLiteral.Boolean(parameter.Child("x-ms-url-encoding").StringOrNull() == "double")}"),
        "query" => new("Query", $"{wireLiteral}, {value}, {CSharpLiteral.String(parameter.Child("collectionFormat").StringOrNull() ?? "csv")}"),
        "header" => new("Header", $"{wireLiteral}, {value}"),
        "formData" => type?.Kind == TypeKind.Bytes ? new("File", $"{wireLiteral}, {value}") : new("FormField", $"{wireLiteral}, {value}"),
        "body" or _ => type?.Kind == TypeKind.Bytes
            ? new("BytesBody", $"{value}, {CSharpLiteral.String(BinaryContentType(consumes))}")
            : new("JsonBody", value),
    };

    /// <summary>The default of a parameter the user never sees (internal and required), as text; null otherwise.</summary>
    private static string? ConstantValue(JsonObject parameter, bool isRequired)
    {
        if (!isRequired || parameter.Child("x-ms-visibility").StringOrNull() != "internal" || parameter.Child("default") is not JsonValue value)
        {
            return null;
        }

        return OperationParameters.Location(parameter) == "body" ? null : value.TryGetValue<string>(out var text) ? text : value.ToJsonString();
    }

    private static string BinaryContentType(IReadOnlyList<string> consumes) =>
        consumes.FirstOrDefault(c => !c.Contains("json", StringComparison.OrdinalIgnoreCase)) ?? "application/octet-stream";
}
