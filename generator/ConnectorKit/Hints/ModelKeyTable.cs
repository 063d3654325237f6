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
        ["x-ms-no-generic-test"] = new("noGenericTest"),
        ["x-ms-openai-data"] = new("openAiData"),
        ["x-ms-trigger"] = new("polling/kind"),
        ["x-ms-trigger-hint"] = new("polling/hint"),
        ["x-ms-trigger-metadata"] = new("polling/metadata"),
        ["x-ms-notification-content"] = new("payload"),
        ["x-ms-notification-content/schema"] = new("payload"),
        ["info/title"] = new("title", Section: "connector"),
        ["info/description"] = new("description", Section: "connector"),
        ["info/version"] = new("version", Section: "connector"),
        ["info/contact"] = new("contact", Section: "connector"),
        ["info/contact/name"] = new("contact/name", Section: "connector"),
        ["info/contact/url"] = new("contact/url", Section: "connector"),
        ["info/contact/email"] = new("contact/email", Section: "connector"),
        ["info/termsOfService"] = new("termsOfService", Section: "connector"),
        ["info/license"] = new("license", Section: "connector"),
        ["info/license/name"] = new("license/name", Section: "connector"),
        ["info/license/url"] = new("license/url", Section: "connector"),
        ["info/x-ms-keywords"] = new("keywords", Section: "connector"),
        ["info/x-ms-deployment-version"] = new("deploymentVersion", Section: "connector"),
        ["info/x-ms-openai-published-to-copilots"] = new("publishedToCopilots", Section: "connector"),
        ["info/x-ms-api-annotation/status"] = new("status", Section: "connector"),
        ["host"] = new("host", Section: "connector"),
        ["basePath"] = new("basePath", Section: "connector"),
        ["x-ms-connector-metadata"] = new("connector"),
        ["x-ms-connector-metadata/Website"] = new("website", Section: "connector"),
        ["x-ms-connector-metadata/Privacy policy"] = new("privacyPolicy", Section: "connector"),
        ["x-ms-connector-metadata/Categories"] = new("categories", Section: "connector"),
        ["x-ms-capabilities/testConnection"] = new("testConnection", Section: "connector"),
        ["x-ms-openai-manifest"] = new("openAiManifest", Section: "connector"),
        ["x-components"] = new("openApiComponents", Section: "connector"),
    };

    private static readonly Dictionary<string, ModelKey> ApiProperties = new(StringComparer.Ordinal)
    {
        ["iconBrandColor"] = new("brandColor", Section: "connector"),
        ["publisher"] = new("publisher", Section: "connector"),
        ["stackOwner"] = new("stackOwner", Section: "connector"),
        ["capabilities"] = new("capabilities", Section: "connector"),
        ["scriptOperations"] = new("operations", Section: "script"),
        ["policyTemplateInstances"] = new("policies"),
        ["uiDefinition/displayName"] = new("displayName"),
        ["uiDefinition/description"] = new("description"),
        ["uiDefinition/tooltip"] = new("tooltip"),
        ["uiDefinition/constraints/required"] = new("required"),
        ["uiDefinition/constraints/tabIndex"] = new("tabIndex"),
        ["uiDefinition/constraints/clearText"] = new("clearText"),
        ["uiDefinition/constraints/hidden"] = new("hidden"),
        ["uiDefinition/constraints/allowedValues"] = new("allowedValues"),
        ["metadata/sourceType"] = new("sourceType"),
        ["metadata/allowSharing"] = new("allowSharing"),
        ["oAuthSettings/clientId"] = new("clientId", Section: "auth"),
        ["oAuthSettings/clientSecret"] = new("clientSecret", Section: "auth"),
        ["oAuthSettings/redirectUrl"] = new("redirectUrl", Section: "auth"),
        ["oAuthSettings/redirectMode"] = new("redirectMode", Section: "auth"),
        ["oAuthSettings/identityProvider"] = new("identityProvider", Section: "auth"),
        ["oAuthSettings/scopes"] = new("scopes", Section: "auth"),
        ["oAuthSettings/customParameters"] = new("customParameters", Section: "auth"),
        ["oAuthSettings/properties/IsFirstParty"] = new("firstParty", Section: "auth"),
        ["oAuthSettings/properties/AzureActiveDirectoryResourceId"] = new("resourceId", Section: "auth"),
        ["oAuthSettings/properties/IsOnbehalfofLoginSupported"] = new("onBehalfOfLogin", Section: "auth"),
    };

    /// <summary>Every entry of the table, for the test that holds its model keys to the loader's.</summary>
    internal static IEnumerable<(DefinitionFileKind File, string Key, ModelKey ModelKey)> Entries =>
        ApiDefinition.Select(e => (DefinitionFileKind.ApiDefinition, e.Key, e.Value))
            .Concat(ApiProperties.Select(e => (DefinitionFileKind.ApiProperties, e.Key, e.Value)));

    /// <summary>The model key that writes <paramref name="key"/>, if the model names it differently.</summary>
    public static ModelKey? Find(DefinitionFileKind file, string key) =>
        (file == DefinitionFileKind.ApiDefinition ? ApiDefinition : ApiProperties).TryGetValue(key, out var modelKey) ? modelKey : null;

    /// <summary>The model key for <paramref name="key"/>: the table's, else the key as the swagger spells it.</summary>
    public static ModelKey For(DefinitionFileKind file, string key) => Find(file, key) ?? new ModelKey(key);
}
