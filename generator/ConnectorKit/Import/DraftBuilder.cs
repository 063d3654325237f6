using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Import;

/// <summary>What the comparison with the original adds to a draft: keys written through, checks off, paths kept raw.</summary>
internal sealed class ImportPatches
{
    public JsonObject Extensions { get; } = [];

    public JsonObject PropertiesExtensions { get; } = [];

    /// <summary>Path items written through as they are (a path without operations, or one nothing else reproduces).</summary>
    public JsonObject Paths { get; } = [];

    public List<string> DisabledChecks { get; } = [];

    /// <summary>Paths whose operations are written as raw actions, because their typed form did not come back the same.</summary>
    public HashSet<string> RawPaths { get; } = new(StringComparer.Ordinal);
}

/// <summary>Builds the draft model of a connector definition, construct by construct, at the highest level that reproduces it.</summary>
internal sealed class DraftBuilder
{
    private readonly ParameterImporter _parameters;
    private readonly ResponseImporter _responses;
    private readonly OperationImporter _operations;
    private readonly PollingTriggerImporter _pollingTriggers;
    private readonly WebhookTriggerImporter _webhooks;
    private readonly AuthImporter _auth;
    private readonly SecurityImporter _security;
    private readonly ConnectionParameterImporter _connectionParameters;
    private readonly ConnectionParameterSetsImporter _connectionParameterSets;
    private readonly PolicyImporter _policies;
    private IReadOnlyList<(string Id, string Path)> _deletes = [];
    private JsonObject? _definitions;

    public DraftBuilder()
    {
        var probe = new FragmentProbe();
        _parameters = new ParameterImporter(probe);
        _responses = new ResponseImporter(probe);
        _operations = new OperationImporter(probe, _parameters, _responses);
        _pollingTriggers = new PollingTriggerImporter(probe, _operations);
        _webhooks = new WebhookTriggerImporter(probe, _operations);
        _auth = new AuthImporter(probe);
        _connectionParameters = new ConnectionParameterImporter(probe);
        _security = new SecurityImporter(_auth, _connectionParameters);
        _connectionParameterSets = new ConnectionParameterSetsImporter(probe, _auth, _connectionParameters);
        _policies = new PolicyImporter(probe);
    }

    public ImportDraft Build(ConnectorDefinition definition, ImportPatches patches)
    {
        var swagger = definition.ApiDefinition;
        var draft = new ImportDraft { Connector = ConnectorSectionImporter.Import(definition) };
        AddAll(swagger.Child("definitions"), draft.Schemas, (_, node) => node is JsonObject schema && SchemaImporter.SurvivesExpansion(schema) ? SchemaImporter.Import(schema) : null);
        AddAll(swagger.Child("parameters"), draft.Parameters, (key, node) => node is JsonObject parameter ? _parameters.Import(parameter, key) : null);
        AddAll(swagger.Child("responses"), draft.Responses, (key, node) => _responses.Import(key, node, allowReference: false));
        AddAuth(definition, draft);
        // A webhook body may reference a definition only when the definitions are the model's schemas.
        _definitions = draft.Schemas.Count > 0 ? swagger.Child("definitions") as JsonObject : null;
        AddOperations(swagger.Child("paths") as JsonObject ?? [], draft, patches);
        ShorthandImporter.Apply(draft);
        if (definition.Properties.Properties.Child("policyTemplateInstances") is JsonArray instances)
        {
            draft.Policies = _policies.Import(instances);
        }

        if (definition.Script is not null)
        {
            draft.Script = new JsonObject { ["file"] = DefinitionFiles.Script };
            if (definition.Properties.Properties.Child("scriptOperations").TextList() is { } scriptOperations)
            {
                draft.Script["operations"] = YamlShapes.Strings(scriptOperations);
            }
        }

        draft.DisabledChecks.AddRange(patches.DisabledChecks);
        Merge(draft.Extensions, patches.Extensions);
        Merge(draft.PropertiesExtensions, patches.PropertiesExtensions);
        Merge(draft.Paths, patches.Paths);
        return draft;
    }

    /// <summary>Imports every entry of a section, or none when any entry cannot be (the section is then written through).</summary>
    private static void AddAll(JsonNode? section, JsonObject target, Func<string, JsonNode?, JsonNode?> import)
    {
        if (section is not JsonObject entries)
        {
            return;
        }

        var imported = new JsonObject();
        foreach (var (key, value) in entries)
        {
            if (import(key, value) is not { } yaml)
            {
                return;
            }

            imported[key] = yaml;
        }

        Merge(target, imported);
    }

    private void AddAuth(ConnectorDefinition definition, ImportDraft draft)
    {
        AddSingleAuth(definition, draft);
        if (definition.Properties.ConnectionParameterSets is { } sets)
        {
            draft.ConnectionParameterSets = _connectionParameterSets.Import(
                sets, definition.ApiDefinition.Child("securityDefinitions") as JsonObject, definition.ApiDefinition.Child("security"), withAuth: draft.Auth is null);
        }

        SecurityImporter.AddRootSecurity(draft, definition.ApiDefinition.Child("security"));
    }

    private void AddSingleAuth(ConnectorDefinition definition, ImportDraft draft)
    {
        if (definition.Properties.ConnectionParameters is not { } connectionParameters)
        {
            return;
        }

        var consumed = new HashSet<string>(StringComparer.Ordinal);
        var securityDefinitions = definition.ApiDefinition.Child("securityDefinitions");
        var security = definition.ApiDefinition.Child("security");
        var withoutSets = definition.Properties.ConnectionParameterSets is null;
        // With sets, a definition no parameter outside them carries is a set's auth.
        if (securityDefinitions is JsonObject { Count: 1 } single
            && single.First() is var (securityName, securityNode) && securityNode is JsonObject securityDefinition
            && _auth.Import(securityName, securityDefinition, connectionParameters) is { } auth
            && (withoutSets || auth.ParameterNames.Count > 0))
        {
            AuthImporter.AddRequirement(auth.Yaml, securityName, security);
            draft.Auth = auth.Yaml;
            consumed.UnionWith(auth.ParameterNames);
        }
        else if (securityDefinitions is JsonObject { Count: > 1 } several && withoutSets
            && _security.Import(several, security, connectionParameters) is { } imported)
        {
            draft.Auth = imported.Auth;
            foreach (var (name, other) in imported.OtherAuths)
            {
                draft.OtherAuths[name] = other?.DeepClone();
            }

            consumed.UnionWith(imported.ParameterNames);
        }
        else if (securityDefinitions is null or JsonObject { Count: 0 } && withoutSets
            && _auth.ImportWithoutDefinition(connectionParameters) is { } undefined)
        {
            draft.Auth = undefined.Yaml;
            consumed.UnionWith(undefined.ParameterNames);
        }

        foreach (var (name, parameter) in connectionParameters.Where(p => !consumed.Contains(p.Key)))
        {
            draft.ConnectionParameters[name] = _connectionParameters.Import(name, parameter);
        }
    }

    private void AddOperations(JsonObject paths, ImportDraft draft, ImportPatches patches)
    {
        _deletes = [.. new SwaggerDocument(new JsonObject { ["paths"] = paths.DeepClone() }).Operations
            .Where(o => o.Method == "delete" && o.OperationId is not null)
            .Select(o => (o.OperationId!, o.Path))];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, node) in paths)
        {
            if (node is not JsonObject item || patches.Paths.ContainsKey(path))
            {
                continue;
            }

            var imported = new List<ImportedOperation>();
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (method, operationNode) in item)
            {
                if (operationNode is JsonObject operation && SwaggerDocument.Methods.Contains(method))
                {
                    imported.Add(ImportOperation(path, method, operation, item, patches.RawPaths.Contains(path), ids, taken));
                    taken.Add(method);
                }
            }

            if (imported.Count > 0)
            {
                TakePathItemParameters(item, imported[0].Yaml, taken);
                imported[0].Yaml.PutIfAny("pathExtensions", YamlShapes.Rest(item, taken));
            }
            else if (NotificationPathImporter.Import(item) is { } notification)
            {
                draft.Notifications[path] = notification;
            }

            draft.Operations.AddRange(imported);
        }
    }

    /// <summary>The path item's own parameters, as the first operation's <c>pathItemParameters</c>.</summary>
    private void TakePathItemParameters(JsonObject item, JsonObject yaml, HashSet<string> taken)
    {
        if (item.Child("parameters") is JsonArray { Count: > 0 } listed
            && _operations.ImportParameters(listed) is { } list)
        {
            yaml["pathItemParameters"] = list;
            taken.Add("parameters");
        }
    }

    private ImportedOperation ImportOperation(
        string path, string method, JsonObject operation, JsonObject pathItem, bool raw, HashSet<string> ids, HashSet<string> pathKeysTaken)
    {
        var originalId = operation.Child("operationId").Text();
        var id = originalId is not null && ids.Add(originalId) ? originalId : UniqueId(method, path, ids);
        ImportedOperation? trigger = null;
        if (!raw && operation.ContainsKey("x-ms-trigger"))
        {
            var webhook = _webhooks.Import(id, path, method, operation, pathItem, Unsubscribe(path), _definitions);
            if (webhook is not null)
            {
                pathKeysTaken.UnionWith(webhook.PathKeys);
            }

            // A subscription (a callback URL in the body) that does not fit the webhook form stays an action, never polling.
            var isWebhook = new OperationView(path, method, pathItem, operation, string.Empty).IsWebhookTrigger;
            var yaml = webhook?.Yaml
                ?? (isWebhook ? null : _pollingTriggers.Import(id, path, method, operation, UntakenContent()));
            trigger = yaml is null ? null : new ImportedOperation(id, IsTrigger: true, yaml);
        }

        var imported = trigger ?? new ImportedOperation(id, IsTrigger: false, raw
            ? OperationImporter.Fallback(path, method, operation)
            : _operations.ImportAction(id, path, method, operation, UntakenContent()));
        if (imported.Yaml.ContainsKey("payload") && (!imported.IsTrigger || imported.Yaml.ContainsKey("polling")))
        {
            pathKeysTaken.Add(WebhookShape.NotificationContent);
        }

        if (id != originalId && operation.ContainsKey("operationId"))
        {
            // The generator writes the key as operationId; the original's (missing, repeated or not text) goes through.
            var extensions = imported.Yaml.Child("extensions") as JsonObject ?? [];
            extensions["operationId"] = operation.Child("operationId")?.DeepClone();
            imported.Yaml["extensions"] = extensions;
        }

        return imported;

        // The path's notification content, unless an operation of the path already took it.
        JsonObject? UntakenContent() =>
            pathKeysTaken.Contains(WebhookShape.NotificationContent)
                ? null
                : pathItem[WebhookShape.NotificationContent] as JsonObject;
    }

    /// <summary>
    /// The DELETE action that ends a subscription: the platform calls the Location the subscribe call returned, so
    /// any DELETE serves; the one whose path shares the longest start with the trigger's is the likeliest.
    /// </summary>
    private string? Unsubscribe(string triggerPath) => _deletes
        .OrderByDescending(d => CommonPrefixLength(d.Path, triggerPath))
        .Select(d => d.Id)
        .FirstOrDefault();

    private static int CommonPrefixLength(string left, string right)
    {
        var length = 0;
        while (length < Math.Min(left.Length, right.Length) && left[length] == right[length])
        {
            length++;
        }

        return length;
    }

    private static string UniqueId(string method, string path, HashSet<string> ids)
    {
        var words = (method + " " + path).Split([' ', '/', '{', '}', '-', '_', '.'], StringSplitOptions.RemoveEmptyEntries);
        var stem = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        var id = stem;
        for (var n = 2; !ids.Add(id); n++)
        {
            id = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id;
    }

    private static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            target[key] = value?.DeepClone();
        }
    }
}
