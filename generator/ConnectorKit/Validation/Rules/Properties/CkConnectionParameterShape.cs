using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Properties;

/// <summary>
/// Each connection parameter is an object whose <c>type</c> is one the platform knows (string, securestring, int, bool,
/// oauthSetting, gatewaySetting), and an <c>oauthSetting</c> parameter, and only that, carries <c>oAuthSettings</c>.
/// </summary>
public sealed class CkConnectionParameterShape : IValidationRule
{
    private static readonly string[] Types = ["string", "securestring", "int", "bool", "oauthSetting", "gatewaySetting"];

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkConnectionParameterShape), "A connection parameter has no known type, or its type and oAuthSettings disagree.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in ConnectionParameters.All(context))
        {
            if (parameter.Node is not JsonObject node)
            {
                context.Report(DefinitionFileKind.ApiProperties, parameter.Pointer, $"The connection parameter '{parameter.Name}' must be an object with a 'type'.");
                continue;
            }

            var type = node.Child("type").StringOrNull();
            if (type is null || !Types.Contains(type, StringComparer.Ordinal))
            {
                context.Report(DefinitionFileKind.ApiProperties, type is null ? parameter.Pointer : JsonPointer.Append(parameter.Pointer, "type"),
                    $"The connection parameter '{parameter.Name}' has {(type is null ? "no type" : $"the type '{type}'")}; the types are {string.Join(", ", Types)}.{(type is null ? string.Empty : Suggestions.DidYouMean(type, Types))}");
            }
            else if (type == "oauthSetting" && node.Child("oAuthSettings") is not JsonObject)
            {
                context.Report(DefinitionFileKind.ApiProperties, parameter.Pointer, $"The connection parameter '{parameter.Name}' is an oauthSetting without oAuthSettings.");
            }
            else if (type != "oauthSetting" && node.Child("oAuthSettings") is not null)
            {
                context.Report(DefinitionFileKind.ApiProperties, JsonPointer.Append(parameter.Pointer, "oAuthSettings"),
                    $"The connection parameter '{parameter.Name}' has oAuthSettings but the type '{type}'; OAuth settings belong to an oauthSetting parameter.");
            }
        }
    }
}
