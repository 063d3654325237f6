using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// The platform's extensions whose objects are closed (Microsoft's connector schema allows no other key in them):
/// a key outside their documented set is a typo or belongs elsewhere.
/// </summary>
public sealed class AdditionalPropertyNotAllowed : IValidationRule
{
    private static readonly Dictionary<string, string[]> ClosedExtensions = new(StringComparer.Ordinal)
    {
        ["x-ms-dynamic-schema"] = ["operationId", "parameters", "value-path", "capability", "builtInOperation"],
        ["x-ms-dynamic-properties"] = ["operationId", "parameters", "itemValuePath", "capability", "builtInOperation"],
        ["x-ms-dynamic-tree"] = ["settings", "open", "browse"],
        ["x-ms-pageable"] = ["nextLinkName"],
        ["x-ms-notification"] = ["operationId"],
        ["x-ms-operation-context"] = ["simulate"],
    };

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(AdditionalPropertyNotAllowed), "An extension object holds a key it does not take.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in DocumentObjects.All(context.Definition.ApiDefinition))
        {
            if (site.Key == "properties")
            {
                continue;
            }

            foreach (var (extension, allowed) in ClosedExtensions)
            {
                if (site.Node[extension] is not JsonObject value)
                {
                    continue;
                }

                foreach (var (key, _) in value)
                {
                    if (!allowed.Contains(key, StringComparer.Ordinal))
                    {
                        context.ReportSwagger(JsonPointer.Append(JsonPointer.Append(site.Pointer, extension), key),
                            $"'{extension}' does not take '{key}'; remove it (the extension takes {string.Join(", ", allowed)}).");
                    }
                }
            }
        }
    }
}
