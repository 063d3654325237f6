using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads the <c>connector:</c> section.</summary>
internal static class ConnectorInfoReader
{
    internal static readonly string[] Keys =
    [
        "title", "description", "version", "status", "termsOfService", "host", "basePath", "schemes", "consumes",
        "produces", "contact", "license", "keywords", "deploymentVersion", "publishedToCopilots", "website",
        "privacyPolicy", "categories", "metadata", "metadataNames", "brandColor", "icon", "publisher", "stackOwner",
        "capabilities", "emptySecurityDefinitions", "emptyConnectionParameters", "empty", "emptyPaths", "tags",
        "externalDocs", "testConnection", "openAiManifest", "openApiComponents", PropertyLabel.ConnectorKey,
        ModelWideSettings.MarkOptionalKey, "extensions",
    ];

    internal static readonly string[] LicenseKeys = ["name", "url"];

    internal static readonly string[] CopilotKeys = ["name", "enabled"];

    internal static readonly string[] ExternalDocsKeys = ["description", "url"];

    internal static readonly string[] TestConnectionKeys = ["operation", "parameters"];

    internal static readonly string[] OpenAiManifestKeys =
        ["humanName", "modelDescription", "contactEmail", "legalUrl"];

    internal static readonly string[] ContactKeys = ["name", "url", "email"];

    internal static readonly string[] TagKeys = ["name", "description"];

    public static ConnectorInfoModel? Read(MappingEntry section, LoadContext context)
    {
        if (MappingReader.Open(section.Value, "the connector section", Keys, context, required: true, section.Key.Position) is not { } map)
        {
            return null;
        }

        // Every key is read before giving up on a missing one, so one run reports all problems.

        var title = map.String("title", required: true);
        var description = map.String("description", required: true);
        var version = map.String("version", required: true);
        var host = map.RequiredOrNull("host");
        var schemes = map.StringListOrNull("schemes");
        // Only checked here: the loader looked them up before reading any file (ModelWideSettings).
        map.Choice(PropertyLabel.ConnectorKey, PropertyLabel.Words);
        map.Bool(ModelWideSettings.MarkOptionalKey);
        var info = new ConnectorInfoModel
        {
            Title = title ?? string.Empty,
            Description = description ?? string.Empty,
            Version = version ?? string.Empty,
            Status = map.String("status"),
            Host = host.Text,
            BasePath = map.String("basePath"),
            Consumes = MediaTypes(map, "consumes"),
            Produces = MediaTypes(map, "produces"),
            Contact = ReadContact(map),
            TermsOfService = map.String("termsOfService"),
            License = ReadLicense(map),
            Keywords = map.StringList("keywords"),
            DeploymentVersion = map.String("deploymentVersion"),
            PublishedToCopilots = ConnectorListingReader.ReadCopilots(map),
            Website = map.String("website"),
            PrivacyPolicy = map.String("privacyPolicy"),
            Categories = map.StringList("categories"),
            Metadata = ConnectorListingReader.ReadMetadata(map),
            MetadataNames = map.StringList("metadataNames"),
            BrandColor = map.String("brandColor"),
            Icon = map.Path("icon"),
            Publisher = map.String("publisher"),
            StackOwner = map.String("stackOwner"),
            Capabilities = map.IsExplicitNull("capabilities") ? null : map.StringList("capabilities"),
            EmptySecurityDefinitions = map.Bool("emptySecurityDefinitions") ?? true,
            EmptyConnectionParameters = map.Bool("emptyConnectionParameters") ?? true,
            Empty = ReadEmpty(map),
            EmptyPaths = map.StringList("emptyPaths"),
            Tags = ReadTags(map),
            ExternalDocs = ConnectorListingReader.ReadExternalDocs(map),
            TestConnection = ConnectorListingReader.ReadTestConnection(map),
            OpenAiManifest = ConnectorListingReader.ReadOpenAiManifest(map),
            OpenApiComponents = map.RawMapping("openApiComponents"),
            InfoExtensions = map.RawMapping("extensions"),
            Position = map.Origin,
        };

        if (title is null || description is null || version is null || !host.Given)
        {
            return null;
        }

        ConnectorListingReader.CheckMetadataNames(info, map);
        return schemes is null ? info : info with { Schemes = schemes };
    }

    /// <summary>Default application/json; an explicit null leaves the key out.</summary>
    private static IReadOnlyList<string>? MediaTypes(MappingReader map, string key) =>
        map.IsExplicitNull(key) ? null : map.Has(key) ? map.StringList(key) : [ConnectorInfoModel.DefaultMediaType];

    private static List<string> ReadEmpty(MappingReader map)
    {
        var sections = map.StringList("empty");
        foreach (var section in sections.Where(s => !ConnectorInfoModel.EmptiableSections.Contains(s)))
        {
            map.Context.Report(DiagnosticCodes.InvalidValue, map.KeyPosition("empty"),
                $"'{section}' is not a section 'empty' may name; allowed: {string.Join(", ", ConnectorInfoModel.EmptiableSections)}.");
        }

        return [.. sections.Where(ConnectorInfoModel.EmptiableSections.Contains)];
    }

    /// <summary>Each tag is its name, or a mapping of name and description.</summary>
    private static List<TagModel> ReadTags(MappingReader map)
    {
        var tags = new List<TagModel>();
        foreach (var item in map.Sequence("tags")?.Items ?? [])
        {
            if (item is ScalarNode { IsNull: false } name)
            {
                tags.Add(new TagModel(name.Text, null, name.Position));
            }
            else if (MappingReader.Open(item, "a tag", TagKeys, map.Context) is { } tag && tag.String("name", required: true) is { } tagName)
            {
                tags.Add(new TagModel(tagName, tag.String("description"), tag.Position));
            }
        }

        return tags;
    }

    private static LicenseModel? ReadLicense(MappingReader connector) =>
        connector.Mapping("license", "the license", LicenseKeys) is { } license
        && license.String("name", required: true) is { } name
            ? new LicenseModel(name, license.String("url"), license.Origin)
            : null;

    private static ContactModel? ReadContact(MappingReader connector)
    {
        var contact = connector.Mapping("contact", "the contact", ContactKeys);
        return contact is null ? null : new ContactModel(contact.String("name"), contact.String("url"), contact.String("email"), contact.Origin);
    }
}
