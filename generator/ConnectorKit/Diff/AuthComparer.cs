using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Diff;

/// <summary>
/// Compares how connections authenticate: the swagger's security definitions and the connection parameters of
/// apiProperties.json (plain and per parameter set). Existing connections hold credentials of the old shape.
/// </summary>
internal sealed class AuthComparer(DiffContext context)
{
    private static readonly string[] SecurityFields = ["type", "flow", "in", "name", "authorizationUrl", "tokenUrl"];

    public void Compare()
    {
        CompareSecurityDefinitions();
        if (context.Old.Definition.ApiProperties is null || context.New.Definition.ApiProperties is null)
        {
            return;
        }

        var oldProperties = context.Old.Definition.Properties;
        var newProperties = context.New.Definition.Properties;
        CompareParameters(oldProperties.ConnectionParameters ?? [], newProperties.ConnectionParameters ?? [],
            "/properties/connectionParameters", "/properties/connectionParameters", string.Empty);
        CompareParameterSets(oldProperties.ConnectionParameterSets.Member("values").ArrayOrNull() ?? [], newProperties.ConnectionParameterSets.Member("values").ArrayOrNull() ?? []);
    }

    private void CompareSecurityDefinitions()
    {
        var old = context.Old.Definition.Swagger.SecurityDefinitions ?? [];
        var current = context.New.Definition.Swagger.SecurityDefinitions ?? [];
        foreach (var (name, oldScheme) in old)
        {
            var oldPointer = JsonPointer.Append("/securityDefinitions", name);
            if (current[name] is not JsonObject newScheme)
            {
                context.AtOld(DiffCodes.AuthChanged, DefinitionFileKind.ApiDefinition, oldPointer, $"The security definition '{name}' was removed. {SafeRoute.Authentication}");
                continue;
            }

            var newPointer = JsonPointer.Append("/securityDefinitions", name);
            foreach (var field in SecurityFields.Where(f => !JsonValues.DeepEquals(oldScheme.Member(f), newScheme[f])))
            {
                ReportNew(DefinitionFileKind.ApiDefinition, JsonPointer.Append(newPointer, field),
                    $"The {field} of the security definition '{name}' changed from {Show(oldScheme.Member(field))} to {Show(newScheme[field])}.");
            }

            CompareScopes(Keys(oldScheme.Member("scopes")), Keys(newScheme.Child("scopes")), DefinitionFileKind.ApiDefinition, JsonPointer.Append(newPointer, "scopes"), $"the security definition '{name}'");
        }

        foreach (var name in current.Select(p => p.Key).Where(n => !old.ContainsKey(n)))
        {
            ReportNew(DefinitionFileKind.ApiDefinition, JsonPointer.Append("/securityDefinitions", name), $"The security definition '{name}' was added.");
        }
    }

    private void CompareParameterSets(JsonArray oldSets, JsonArray newSets)
    {
        for (var oldIndex = 0; oldIndex < oldSets.Count; oldIndex++)
        {
            var setName = oldSets[oldIndex].Member("name").StringOrNull();
            var oldPointer = JsonPointer.Append("/properties/connectionParameterSets/values", oldIndex);
            var newIndex = newSets.Select(s => s.Member("name").StringOrNull()).ToList().IndexOf(setName);
            if (newIndex < 0)
            {
                context.AtOld(DiffCodes.AuthChanged, DefinitionFileKind.ApiProperties, oldPointer,
                    $"The connection parameter set '{setName}' was removed; connections made with it stop working. {SafeRoute.Authentication}");
                continue;
            }

            CompareParameters(oldSets[oldIndex].Member("parameters").ObjectOrNull() ?? [], newSets[newIndex].Member("parameters").ObjectOrNull() ?? [],
                JsonPointer.Append(oldPointer, "parameters"), JsonPointer.Append(JsonPointer.Append("/properties/connectionParameterSets/values", newIndex), "parameters"),
                $" of the set '{setName}'");
        }
    }

    private void CompareParameters(JsonObject old, JsonObject current, string oldPointer, string newPointer, string where)
    {
        foreach (var (name, oldParameter) in old)
        {
            if (current[name] is not JsonObject newParameter)
            {
                context.AtOld(DiffCodes.AuthChanged, DefinitionFileKind.ApiProperties, JsonPointer.Append(oldPointer, name),
                    $"The connection parameter '{name}'{where} was removed. {SafeRoute.Authentication}");
                continue;
            }

            var parameterPointer = JsonPointer.Append(newPointer, name);
            if (!JsonValues.DeepEquals(oldParameter.Member("type"), newParameter.Child("type")))
            {
                ReportNew(DefinitionFileKind.ApiProperties, JsonPointer.Append(parameterPointer, "type"),
                    $"The type of the connection parameter '{name}'{where} changed from {Show(oldParameter.Member("type"))} to {Show(newParameter.Child("type"))}.");
            }

            var oldOAuth = oldParameter.Member("oAuthSettings");
            var newOAuth = newParameter.Child("oAuthSettings");
            if (!JsonValues.DeepEquals(oldOAuth.Member("identityProvider"), newOAuth.Member("identityProvider")))
            {
                ReportNew(DefinitionFileKind.ApiProperties, JsonPointer.Append(parameterPointer, "oAuthSettings"),
                    $"The identity provider of the connection parameter '{name}'{where} changed from {Show(oldOAuth.Member("identityProvider"))} to {Show(newOAuth.Member("identityProvider"))}.");
            }

            CompareScopes(Strings(oldOAuth.Member("scopes")), Strings(newOAuth.Member("scopes")), DefinitionFileKind.ApiProperties,
                JsonPointer.Append(JsonPointer.Append(parameterPointer, "oAuthSettings"), "scopes"), $"the connection parameter '{name}'{where}");
        }

        foreach (var (name, added) in current.Where(p => !old.ContainsKey(p.Key) && IsDemanded(p.Value)))
        {
            ReportNew(DefinitionFileKind.ApiProperties, JsonPointer.Append(newPointer, name),
                $"The connection parameter '{name}'{where} was added as {added.Member("type").StringOrNull() ?? "a required value"}; existing connections have no value for it.");
        }
    }

    private void CompareScopes(IReadOnlyList<string> old, IReadOnlyList<string> current, DefinitionFileKind file, string pointer, string owner)
    {
        var removed = old.Except(current, StringComparer.Ordinal).ToList();
        var added = current.Except(old, StringComparer.Ordinal).ToList();
        if (removed.Count + added.Count > 0)
        {
            var changes = string.Join("; ", new[] { ("added", added), ("removed", removed) }
                .Where(c => c.Item2.Count > 0).Select(c => $"{c.Item1} {string.Join(", ", c.Item2)}"));
            ReportNew(file, pointer, $"The OAuth scopes of {owner} changed ({changes}); existing tokens were granted the old ones.");
        }
    }

    private void ReportNew(DefinitionFileKind file, string pointer, string message) =>
        context.AtNew(DiffCodes.AuthChanged, file, pointer, $"{message} {SafeRoute.Authentication}");

    /// <summary>A parameter every connection must have a value for: an OAuth login or a value marked required.</summary>
    private static bool IsDemanded(JsonNode? parameter) =>
        parameter.Member("type").StringOrNull() == "oauthSetting"
        || parameter.Member("uiDefinition").Member("constraints").Member("required") is { } required
            && (required.BooleanOrNull() == true || required.StringOrNull() == "true");

    private static IReadOnlyList<string> Keys(JsonNode? node) => node is JsonObject obj ? [.. obj.Select(p => p.Key)] : [];

    private static IReadOnlyList<string> Strings(JsonNode? node) => [.. (node.ArrayOrNull() ?? []).Select(n => n.StringOrNull()).OfType<string>()];

    private static string Show(JsonNode? value) => value is null ? "(none)" : value.StringOrNull() is { } text ? $"'{text}'" : value.ToJsonString();
}
