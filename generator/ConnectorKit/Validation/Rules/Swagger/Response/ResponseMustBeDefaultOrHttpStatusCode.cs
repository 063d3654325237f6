using System.Globalization;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>An operation's responses are keyed by an HTTP status code (100 to 599) or <c>default</c>; <c>x-</c> keys are extensions.</summary>
public sealed class ResponseMustBeDefaultOrHttpStatusCode : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ResponseMustBeDefaultOrHttpStatusCode), "A response key is neither a status code nor 'default'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            foreach (var (key, _) in operation.Responses)
            {
                if (key != "default" && !key.StartsWith("x-", StringComparison.Ordinal) && !IsStatusCode(key))
                {
                    context.ReportSwagger(JsonPointer.Append(JsonPointer.Append(operation.Pointer, "responses"), key), $"'{key}' is not a response key; use an HTTP status code such as 200 or 404, or 'default'.");
                }
            }
        }
    }

    private static bool IsStatusCode(string key) =>
        key.Length == 3 && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 100 and <= 599;
}
