using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Loading;
using ConnectorKit.Model;

namespace ConnectorKit.Import;

/// <summary>The auth, the other security definitions and the connection parameters the auth stands for.</summary>
internal sealed record ImportedSecurity(JsonObject Auth, JsonObject OtherAuths, IReadOnlyList<string> ParameterNames);

/// <summary>
/// Imports a connector's security definitions beyond one: the definition whose auth comes out shortest with its
/// connection parameter becomes <c>auth:</c>, the others <c>otherAuths:</c> (in the order the root <c>security</c>
/// lists them, so that its default alternatives match); and writes the root <c>security</c> as <c>security:</c>
/// where the auths' requirements cannot say it (a requirement of several definitions together, or of a name no
/// definition has).
/// </summary>
internal sealed class SecurityImporter(AuthImporter auth, ConnectionParameterImporter connectionParameters)
{
    public ImportedSecurity? Import(JsonObject securityDefinitions, JsonNode? security, JsonObject parameters)
    {
        var names = ListingOrder(securityDefinitions, security);
        // Each connection parameter imported once: every candidate writes those its auth does not stand for.
        var imported = parameters.ToDictionary(
            p => p.Key, p => connectionParameters.Import(p.Key, p.Value), StringComparer.Ordinal);
        ImportedSecurity? shortest = null;
        var shortestLines = int.MaxValue;
        foreach (var mainName in names)
        {
            if (Candidate(mainName, names, securityDefinitions, security, parameters) is not { } candidate)
            {
                continue;
            }

            var lines = Lines(candidate, security, imported);
            if (lines < shortestLines)
            {
                (shortest, shortestLines) = (candidate, lines);
            }
        }

        return shortest;
    }

    /// <summary>
    /// Sets <c>security:</c> on the draft when the auths' requirements do not give the original root requirements
    /// back (the auths, the sets' included, then lose their <c>requirement</c>): only for a list of requirements.
    /// </summary>
    public static void AddRootSecurity(ImportDraft draft, JsonNode? security)
    {
        // As the generator: the single auth, else each set's auth; then the other auths.
        var setAuths = (draft.ConnectionParameterSets.Child("sets") as JsonArray ?? [])
            .Select(s => s.Child("auth")).OfType<JsonObject>();
        List<JsonObject> auths = [.. draft.Auth is { } single ? [single] : setAuths];
        if (security is not JsonArray { Count: > 0 } original
            || OperationImporter.Security(original) is not { } typed
            || JsonComparison.AreEqual(original, Requirements(auths, draft.OtherAuths)))
        {
            return;
        }

        foreach (var auth in auths.Concat(draft.OtherAuths.Select(p => p.Value).OfType<JsonObject>()))
        {
            auth.Remove("requirement");
        }

        draft.Security = typed;
    }

    /// <summary>The definitions in the order the root security lists them, then the others in theirs.</summary>
    private static List<string> ListingOrder(JsonObject securityDefinitions, JsonNode? security)
    {
        var listed = (security as JsonArray ?? []).OfType<JsonObject>().SelectMany(r => r.Select(p => p.Key)).ToList();
        return [.. securityDefinitions.Select(p => p.Key)
            .OrderBy(name => listed.IndexOf(name) is var index and >= 0 ? index : int.MaxValue)];
    }

    private ImportedSecurity? Candidate(
        string mainName, List<string> names, JsonObject securityDefinitions, JsonNode? security, JsonObject parameters)
    {
        if (securityDefinitions[mainName] is not JsonObject mainDefinition
            || auth.Import(mainName, mainDefinition, parameters) is not { } main)
        {
            return null;
        }

        var mainYaml = (JsonObject)main.Yaml.DeepClone();
        AuthImporter.AddRequirement(mainYaml, mainName, security);
        var others = new JsonObject();
        foreach (var name in names.Where(n => n != mainName))
        {
            if (securityDefinitions[name] is not JsonObject definition
                || AuthImporter.ImportOther(name, definition) is not { } other)
            {
                return null;
            }

            AuthImporter.AddRequirement(other, name, security);
            others[name] = other;
        }

        return new ImportedSecurity(mainYaml, others, main.ParameterNames);
    }

    /// <summary>The lines the candidate's sections take, with the other connection parameters and security.</summary>
    private static int Lines(ImportedSecurity candidate, JsonNode? security, Dictionary<string, JsonObject> parameters)
    {
        var draft = new ImportDraft { Connector = [], Auth = (JsonObject)candidate.Auth.DeepClone() };
        foreach (var (name, other) in candidate.OtherAuths)
        {
            draft.OtherAuths[name] = other?.DeepClone();
        }

        AddRootSecurity(draft, security);
        var sections = new JsonObject { ["auth"] = draft.Auth }
            .PutIfAny("otherAuths", (JsonObject)draft.OtherAuths.DeepClone())
            .Put("security", draft.Security);
        var rest = new JsonObject();
        foreach (var (name, parameter) in parameters.Where(p => !candidate.ParameterNames.Contains(p.Key)))
        {
            rest[name] = parameter.DeepClone();
        }

        sections.PutIfAny("connectionParameters", rest);
        return YamlTextWriter.Write(sections).Count(c => c == '\n');
    }

    /// <summary>The root requirements the auths and the other auths write by themselves.</summary>
    private static JsonArray? Requirements(IEnumerable<JsonObject> authYamls, JsonObject others)
    {
        var auths = new List<AuthModel>();
        foreach (var yaml in authYamls)
        {
            var node = SourceNodeConverter.ToSourceNode(yaml);
            if (FragmentProbe.Read(context => AuthReader.Read(node, "auth", context, SourcePosition.None))
                is not { } model)
            {
                return null;
            }

            auths.Add(model);
        }

        foreach (var (name, other) in others)
        {
            var entry = SourceNodeConverter.Entry(name, other);
            if (FragmentProbe.Read(context => AuthReader.ReadOther(entry, context)) is not { } model)
            {
                return null;
            }

            auths.Add(model);
        }

        return SecurityExpander.Requirements(auths);
    }
}
