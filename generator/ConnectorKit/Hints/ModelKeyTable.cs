using System.Text.Json.Nodes;
using ConnectorKit.Expansion;

namespace ConnectorKit.Hints;

/// <summary>
/// The one table from keys of the generated definition to the model keys that write them (docs/model-format.md).
/// Keys are relative to the object they belong to, '/' between nested keys, as <see cref="KeyFix.Key"/> spells them.
/// The vendor extensions a parameter, an operation and a schema property share map to one model name wherever they
/// appear (<c>x-ms-summary</c> is <c>summary</c> on a parameter, a filter, a schema property), so the table holds for
/// schemas written in the model's own terms too. A key the table does not list is written in the model as in the
/// swagger (schema keywords, <c>required</c>, <c>consumes</c>, ...).
/// </summary>
public static class ModelKeyTable
{
    private static readonly Dictionary<string, ModelKey> ApiDefinition = new(StringComparer.Ordinal)
    {
        ["x-ms-summary"] = new("summary"),
        ["x-ms-visibility"] = new("visibility"),
        ["x-ms-url-encoding"] = new("urlEncoding"),
        ["x-ms-dynamic-values"] = new("picker"),
        ["x-ms-dynamic-list"] = new("picker/list", true),
        ["x-ms-dynamic-schema"] = new("dynamicSchema"),
        ["x-ms-dynamic-properties"] = new("dynamicSchema/properties", true),
        ["x-ms-enum-values"] = new("enum"),
        ["x-ms-pageable"] = new("pageable"),
        ["x-ms-pageable/nextLinkName"] = new("pageable"),
        ["x-ms-api-annotation/family"] = new("family"),
        ["x-ms-api-annotation/revision"] = new("revision"),
        ["x-ms-api-annotation/status"] = new("status"),
        ["x-ms-trigger"] = new("polling/kind"),
        ["x-ms-trigger-hint"] = new("polling/hint"),
        ["x-ms-trigger-metadata"] = new("polling/metadata"),
        ["x-ms-notification-content"] = new("payload"),
        ["x-ms-notification-content/schema"] = new("payload"),
        ["info/title"] = new("connector/title"),
        ["info/description"] = new("connector/description"),
        ["info/version"] = new("connector/version"),
        ["info/contact"] = new("connector/contact"),
        ["info/contact/name"] = new("contact/name"),
        ["info/contact/url"] = new("contact/url"),
        ["info/contact/email"] = new("contact/email"),
        ["info/x-ms-api-annotation/status"] = new("connector/status"),
        ["host"] = new("connector/host"),
        ["basePath"] = new("connector/basePath"),
        ["x-ms-connector-metadata"] = new("connector"),
        ["x-ms-connector-metadata/Website"] = new("connector/website"),
        ["x-ms-connector-metadata/Privacy policy"] = new("connector/privacyPolicy"),
        ["x-ms-connector-metadata/Categories"] = new("connector/categories"),
    };

    private static readonly Dictionary<string, ModelKey> ApiProperties = new(StringComparer.Ordinal)
    {
        ["iconBrandColor"] = new("connector/brandColor"),
        ["publisher"] = new("connector/publisher"),
        ["stackOwner"] = new("connector/stackOwner"),
        ["capabilities"] = new("connector/capabilities"),
        ["scriptOperations"] = new("script/operations"),
        ["policyTemplateInstances"] = new("policies"),
        ["uiDefinition/displayName"] = new("displayName"),
        ["uiDefinition/description"] = new("description"),
        ["uiDefinition/tooltip"] = new("tooltip"),
        ["uiDefinition/constraints/required"] = new("required"),
        ["oAuthSettings/clientId"] = new("auth/clientId"),
        ["oAuthSettings/clientSecret"] = new("auth/clientSecret"),
        ["oAuthSettings/redirectUrl"] = new("auth/redirectUrl"),
        ["oAuthSettings/redirectMode"] = new("auth/redirectMode"),
        ["oAuthSettings/identityProvider"] = new("auth/identityProvider"),
        ["oAuthSettings/scopes"] = new("auth/scopes"),
        ["oAuthSettings/customParameters"] = new("auth/customParameters"),
    };

    /// <summary>The model key that writes <paramref name="key"/>, if the model names it differently.</summary>
    public static ModelKey? Find(DefinitionFileKind file, string key) =>
        (file == DefinitionFileKind.ApiDefinition ? ApiDefinition : ApiProperties).TryGetValue(key, out var modelKey) ? modelKey : null;

    /// <summary>The model key for <paramref name="key"/>: the table's, else the key as the swagger spells it.</summary>
    public static ModelKey For(DefinitionFileKind file, string key) => Find(file, key) ?? new ModelKey(key);
}
