using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConnectorKit.Definition;
using ConnectorKit.Expansion;
using ConnectorKit.Hints;
using ConnectorKit.Json;

namespace ConnectorKit.Diff;

/// <summary>
/// The advice each breaking finding ends with: how to make the same change without breaking the flows and apps that
/// use the published connector.
/// </summary>
internal sealed partial class SafeRoute(AuthorTerms terms)
{
    /// <summary>For a change to one operation's contract: keep it, add a new revision in its family, retire the old one.</summary>
    public string NewRevision(OperationView old)
    {
        var id = old.OperationId ?? "the operation";
        var family = old.ApiAnnotation.Child("family").StringOrNull() ?? old.OperationId ?? "the operation";
        var revision = Revision(old.ApiAnnotation.Child("revision")) + 1;
        var successor = TrailingRevision().Replace(id, string.Empty) + "V" + revision.ToString(CultureInfo.InvariantCulture);
        var annotation = terms.Settings(Swagger, ("x-ms-api-annotation/family", family), ("x-ms-api-annotation/revision", revision));
        return $"Safe route: leave '{id}' as it was; add the changed operation as '{successor}' with {annotation}, then mark '{id}' {Retired} so existing flows keep running.";
    }

    /// <summary>For removing an operation that is already deprecated: flows made before the deprecation still call it.</summary>
    public string KeepDeprecated(OperationView old) =>
        $"Safe route: keep the deprecated '{old.OperationId ?? "operation"}' in the definition, hidden with {terms.Settings(Swagger, ("x-ms-visibility", "internal"))}; existing flows still call it.";

    private const DefinitionFileKind Swagger = DefinitionFileKind.ApiDefinition;

    private string Retired => terms.Settings(Swagger, ("deprecated", true), ("x-ms-visibility", "internal"));

    /// <summary>For a change to how connections sign in: existing connections hold credentials of the old kind.</summary>
    public const string Authentication =
        "Safe route: keep the existing authentication as it is and offer the new one beside it as another connection parameter set (multi-auth), or publish the change as a new connector; existing connections cannot be migrated.";

    /// <summary>The revision an operation has (1 when it names none); some connectors write it as a string.</summary>
    private static int Revision(JsonNode? node)
    {
        if (node is JsonValue value && value.TryGetValue<int>(out var number))
        {
            return number;
        }

        return int.TryParse(node.StringOrNull(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1;
    }

    [GeneratedRegex(@"V\d+$")]
    private static partial Regex TrailingRevision();
}
