using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Loading;
using ConnectorKit.Model;

namespace ConnectorKit.Import;

/// <summary>
/// Imports apiProperties <c>connectionParameterSets</c> (multi-auth) as the typed <c>connectionParameterSets:</c>
/// section: each set with its auth where a security definition and the set's parameters make one, else with its
/// parameters only; null when no typed form gives back the original sets.
/// </summary>
internal sealed class ConnectionParameterSetsImporter(FragmentProbe probe, AuthImporter auth, ConnectionParameterImporter parameters)
{
    private static readonly string[] UiLabels = ["displayName", "description"];

    /// <param name="original">The original <c>connectionParameterSets</c>.</param>
    /// <param name="securityDefinitions">The swagger's security definitions, which the sets' auths must give back exactly.</param>
    /// <param name="security">The swagger's root security requirement, which says each set auth's requirement.</param>
    /// <param name="withAuth">Whether the sets may carry auths (not when the model already has a single <c>auth:</c>).</param>
    public JsonObject? Import(JsonNode? original, JsonObject? securityDefinitions, JsonNode? security, bool withAuth)
    {
        if (original is not JsonObject sets || sets.Child("values") is not JsonArray values || sets.Child("uiDefinition") is not JsonObject ui
            || YamlShapes.Rest(sets, ["uiDefinition", "values"]).Count > 0 || values.Any(v => v is not JsonObject { } set || set.Child("name").Text() is null))
        {
            return null;
        }

        SetAuths[] candidates = !withAuth ? [SetAuths.None]
            : securityDefinitions is { Count: > 0 } ? [SetAuths.Defined, SetAuths.None]
            : [SetAuths.Undefined, SetAuths.None];
        foreach (var setAuths in candidates)
        {
            var yaml = Labels(ui);
            var secured = new HashSet<string>(StringComparer.Ordinal);
            // Each set's auth for each definition, imported once for both the carried ones and each set's choice.
            var definedAuths = setAuths == SetAuths.Defined
                ? values.Select(v => DefinedAuths((JsonObject)v!, securityDefinitions!)).ToList()
                : null;
            HashSet<string> carried = definedAuths is null ? [] : Carried(definedAuths);
            yaml["sets"] = new JsonArray([.. values.Select((v, index) => (JsonNode)ImportSet(
                (JsonObject)v!, setAuths, definedAuths?[index] ?? [], security, secured, carried))]);
            if (Reproduces(yaml, sets) is { } model && GivesBack(model, securityDefinitions))
            {
                return yaml;
            }
        }

        return null;
    }

    /// <summary>
    /// What auths the sets may carry: none, ones that write the swagger's security definitions, or (for a connector
    /// without any) OAuth settings as auths that write none (<c>securityName: null</c>).
    /// </summary>
    private enum SetAuths
    {
        None,
        Defined,
        Undefined,
    }

    /// <param name="definedAuths">The set's auth for each security definition (null where it gives none back).</param>
    /// <param name="secured">The security names earlier sets took: a set prefers a definition no other set has.</param>
    /// <param name="carried">The definitions some set's parameters carry: no set takes them without parameters.</param>
    private JsonObject ImportSet(
        JsonObject set,
        SetAuths setAuths,
        List<(string Name, ImportedAuth? Auth)> definedAuths,
        JsonNode? security,
        HashSet<string> secured,
        HashSet<string> carried)
    {
        var yaml = new JsonObject { ["name"] = set.Child("name").Text() };
        var ui = set.Child("uiDefinition") as JsonObject ?? [];
        foreach (var (key, value) in Labels(ui))
        {
            yaml[key] = value?.DeepClone();
        }

        var originalParameters = set.Child("parameters") as JsonObject ?? [];
        var (securityName, setAuth) = definedAuths
            .OrderBy(a => secured.Contains(a.Name))
            .FirstOrDefault(a => a.Auth is { } found && (found.ParameterNames.Count > 0 || !carried.Contains(a.Name)));
        if (setAuth is not null)
        {
            secured.Add(securityName);
            AuthImporter.AddRequirement(setAuth.Yaml, securityName, security);
        }
        else if (setAuths == SetAuths.Undefined)
        {
            setAuth = auth.ImportWithoutDefinition(originalParameters);
        }

        yaml.Put("auth", setAuth?.Yaml);

        var rest = new JsonObject();
        foreach (var (name, parameter) in originalParameters.Where(p => setAuth?.ParameterNames.Contains(p.Key) != true))
        {
            rest[name] = parameters.Import(name, parameter);
        }

        yaml.PutIfAny("parameters", rest);
        var taken = new List<string> { "name", "uiDefinition", "parameters" };
        if (set.Child("metadata") is JsonObject { Count: 1 } metadata
            && metadata.Child("allowSharing").BooleanOrNull() is { } allowSharing)
        {
            yaml["allowSharing"] = allowSharing;
            taken.Add("metadata");
        }

        return yaml.PutIfAny("extensions", YamlShapes.Rest(set, taken));
    }

    /// <summary>The set's auth for each security definition, in the definitions' order.</summary>
    private List<(string Name, ImportedAuth? Auth)> DefinedAuths(JsonObject set, JsonObject securityDefinitions) =>
        [.. securityDefinitions.Select(d => (d.Key, d.Value is JsonObject definition
            ? auth.Import(d.Key, definition, set.Child("parameters") as JsonObject ?? [])
            : null))];

    /// <summary>The definitions whose auth some set gives back with parameters of its own.</summary>
    private static HashSet<string> Carried(List<List<(string Name, ImportedAuth? Auth)>> definedAuths) =>
        [.. definedAuths.SelectMany(set => set).Where(a => a.Auth is { ParameterNames.Count: > 0 }).Select(a => a.Name)];

    /// <summary>Display name and description, with the uiDefinition's other keys under <c>uiExtensions</c>.</summary>
    private static JsonObject Labels(JsonObject ui)
    {
        var yaml = new JsonObject();
        var taken = new List<string>();
        foreach (var label in UiLabels)
        {
            if (ui[label].Text() is { } text)
            {
                yaml[label] = text;
                taken.Add(label);
            }
        }

        return yaml.PutIfAny("uiExtensions", YamlShapes.Rest(ui, taken));
    }

    private ConnectionParameterSetsModel? Reproduces(JsonObject yaml, JsonObject original) =>
        FragmentProbe.Read(context => ConnectionParameterReader.ReadSets(SourceNodeConverter.Entry("connectionParameterSets", yaml), context)) is { } model
        && JsonComparison.AreEqual(original, probe.ConnectionParameterSets.Expand(model, string.Empty))
            ? model
            : null;

    /// <summary>Whether the sets' auths define exactly the original security definitions (none when they have no auth).</summary>
    private static bool GivesBack(ConnectionParameterSetsModel model, JsonObject? securityDefinitions)
    {
        var auths = model.Sets.Select(s => s.Auth).OfType<AuthModel>().Where(a => a.Defined).ToList();
        if (auths.Count == 0)
        {
            return true;
        }

        var defined = new JsonObject();
        foreach (var setAuth in auths.DistinctBy(a => a.SecurityName, StringComparer.Ordinal))
        {
            defined[setAuth.SecurityName] = SecurityExpander.ExpandDefinition(setAuth);
        }

        return JsonComparison.AreEqual(securityDefinitions, defined);
    }
}
