using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConnectorKit.Json;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

/// <summary>
/// Shortens the imported operations with what the loader fills in (<see cref="OperationDefaults"/>): the reusable path
/// parameters an operation lists first, in the order of its path, are left to be implied (and where the loader would
/// imply one the original does not have, <c>impliedParameters: false</c> says so); a response most operations give
/// with the same code and the same content is declared once under <c>sharedResponses</c>, and an operation without
/// it says <c>code: null</c>; titled properties become one-line (<see cref="PropertyLabelImporter"/>), a connector
/// whose optional parameters mostly leave <c>required</c> out says so once (<see cref="OptionalParameterImporter"/>),
/// and parameters become one-line (<see cref="ParameterLineImporter"/>).
/// </summary>
internal static partial class ShorthandImporter
{
    /// <summary>A webhook trigger generates its 201, which a shared 201 would replace.</summary>
    private const string GeneratedCode = "201";

    public static void Apply(ImportDraft draft)
    {
        var pathParameters = PathParameters(draft.Parameters);
        foreach (var operation in draft.Operations)
        {
            ImplyPathParameters(operation.Yaml, pathParameters);
        }

        ShareResponses(draft);
        PropertyLabelImporter.Apply(draft);
        OptionalParameterImporter.Apply(draft);
        ParameterLineImporter.Apply(draft);
    }

    /// <summary>Wire name -> key of the reusable path parameters, the first of each name (as the loader picks).</summary>
    private static Dictionary<string, string> PathParameters(JsonObject parameters)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in parameters)
        {
            if (value is JsonObject parameter && parameter.Child("in").Text() == "path")
            {
                byName.TryAdd(parameter.Child("name").Text() ?? key, key);
            }
        }

        return byName;
    }

    private static void ImplyPathParameters(JsonObject operation, Dictionary<string, string> pathParameters)
    {
        if (Route(operation) is not { } path)
        {
            return;
        }

        var listed = operation.Child("parameters") as JsonArray ?? [];
        var bodyPosition = (operation.Child("webhook") as JsonObject)?.Child("bodyPosition") is JsonValue position && position.TryGetValue<int>(out var index)
            ? index
            : (int?)null;
        for (var leading = LeadingReferences(listed, pathParameters); leading >= 0; leading--)
        {
            var rest = listed.Skip(leading).ToList();
            if (bodyPosition < leading || !Implied(path, rest, pathParameters).SequenceEqual(listed.Take(leading).Select(p => p.Text()!)))
            {
                continue;
            }

            if (leading > 0)
            {
                Replace(operation, rest);
                if (bodyPosition is { } body)
                {
                    operation["webhook"]!["bodyPosition"] = body - leading;
                }
            }

            return;
        }

        operation["impliedParameters"] = false;
    }

    /// <summary>How many entries at the start of the list name reusable path parameters.</summary>
    private static int LeadingReferences(JsonArray listed, Dictionary<string, string> pathParameters) =>
        listed.TakeWhile(p => p.Text() is { } key && pathParameters.ContainsValue(key)).Count();

    /// <summary>The keys the loader adds before <paramref name="listed"/>: the path's parameters it does not list, in path order.</summary>
    private static IEnumerable<string> Implied(string path, IReadOnlyList<JsonNode?> listed, Dictionary<string, string> pathParameters)
    {
        var listedNames = listed
            .Select(p => p is JsonObject inline ? (inline.Child("in").Text() == "path" ? inline.Child("name").Text() : null) : NameOf(p.Text(), pathParameters))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return TemplateSegment().Matches(path).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)
            .Where(name => !listedNames.Contains(name) && pathParameters.ContainsKey(name))
            .Select(name => pathParameters[name]);
    }

    private static string? NameOf(string? key, Dictionary<string, string> pathParameters) =>
        key is null ? null : pathParameters.FirstOrDefault(p => p.Value == key).Key;

    private static void Replace(JsonObject operation, IReadOnlyList<JsonNode?> parameters)
    {
        if (parameters.Count == 0)
        {
            operation.Remove("parameters");
            return;
        }

        operation["parameters"] = new JsonArray([.. parameters.Select(p => p?.DeepClone())]);
    }

    /// <summary>The operation's path: the value of its method key, or its webhook's or polling's path.</summary>
    private static string? Route(JsonObject operation) =>
        OperationReader.HttpMethods.Select(method => operation.Child(method).Text()).FirstOrDefault(path => path is not null)
        ?? operation.Child("path").Text()
        ?? (operation.Child("webhook") as JsonObject)?.Child("path").Text()
        ?? (operation.Child("polling") as JsonObject)?.Child("path").Text();

    private static void ShareResponses(ImportDraft draft)
    {
        var operations = draft.Operations.Select(o => o.Yaml).ToList();
        var candidates = operations
            .SelectMany(o => (o.Child("responses") as JsonObject ?? []).Select(r => (Code: r.Key, Value: r.Value)))
            .Where(r => r.Code != GeneratedCode && r.Value is not null)
            .GroupBy(r => r.Code, StringComparer.Ordinal)
            .Select(code => code.GroupBy(r => r.Value!.ToJsonString(), StringComparer.Ordinal).OrderByDescending(g => g.Count()).First())
            .Select(most => (most.First().Code, most.First().Value, Count: most.Count()))
            .ToList();
        foreach (var (code, value, count) in candidates)
        {
            var lacking = operations.Count(o => o.Child("responses") is not JsonObject responses || !responses.ContainsKey(code));
            var lines = YamlTextWriter.Write(new JsonObject { [code] = value!.DeepClone() }).Count(c => c == '\n');
            if (count < 2 || count * lines <= lines + 1 + lacking)
            {
                continue;
            }

            draft.SharedResponses[code] = value!.DeepClone();
            foreach (var operation in operations)
            {
                Share(operation, code, value!);
            }
        }
    }

    /// <summary>An operation that gives the shared response leaves it out; one without the code says so with null.</summary>
    private static void Share(JsonObject operation, string code, JsonNode shared)
    {
        if (operation.Child("responses") is not JsonObject responses)
        {
            operation["responses"] = new JsonObject { [code] = null };
            return;
        }

        if (!responses.TryGetPropertyValue(code, out var own))
        {
            responses[code] = null;
        }
        else if (own?.ToJsonString() == shared.ToJsonString())
        {
            responses.Remove(code);
            if (responses.Count == 0)
            {
                operation.Remove("responses");
            }
        }
    }

    [GeneratedRegex(@"\{([^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex TemplateSegment();
}
