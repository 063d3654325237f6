using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>
/// Merges the sections of all model files into one model: keyed sections are united (a name defined twice is
/// CK2014, an operation id twice CK2001), single sections may appear once, raw extension objects are merged by key.
/// </summary>
internal sealed class ModelAccumulator(LoadContext context)
{
    private readonly Dictionary<string, SourcePosition> _singleSections = new(StringComparer.Ordinal);
    private readonly Definitions<OperationModel> _operations = new("operation id", DiagnosticCodes.DuplicateOperationId);
    private readonly List<PolicyModel> _policies = [];
    private bool _listsPolicies;
    private RawJson? _extensions;
    private RawJson? _propertiesExtensions;
    private RawJson? _paths;

    /// <summary>The <c>otherAuths:</c> section: security definitions beside the auth, by security name.</summary>
    public Definitions<AuthModel> OtherAuths { get; } = new("security definition", DiagnosticCodes.DuplicateDefinition);

    /// <summary>The <c>security:</c> section: the root requirements, where the auths' do not make them.</summary>
    public IReadOnlyList<SecurityRequirementModel>? Security { get; set; }

    public Definitions<ConnectionParameterModel> ConnectionParameters { get; } = new("connection parameter", DiagnosticCodes.DuplicateDefinition);

    public Definitions<ParameterModel> Parameters { get; } = new("parameter", DiagnosticCodes.DuplicateDefinition);

    public Definitions<NamedSchemaModel> Schemas { get; } = new("schema", DiagnosticCodes.DuplicateDefinition);

    public Definitions<ResponseModel> Responses { get; } = new("response", DiagnosticCodes.DuplicateDefinition);

    /// <summary>The <c>notifications:</c> section: paths with only a notification content.</summary>
    public Definitions<NotificationPathModel> Notifications { get; } = new("notification path", DiagnosticCodes.DuplicateDefinition);

    /// <summary>The <c>sharedResponses:</c> section: responses every operation has unless it says otherwise.</summary>
    public IReadOnlyList<ResponseModel> SharedResponses { get; set; } = [];

    public ConnectorInfoModel? Info { get; set; }

    public AuthModel? Auth { get; set; }

    public ConnectionParameterSetsModel? ConnectionParameterSets { get; set; }

    public ScriptModel? Script { get; set; }

    public ClientModel? Client { get; set; }

    public DocsModel? Docs { get; set; }

    public IReadOnlyList<string> DisabledChecks { get; set; } = [];

    public bool HasConnectorSection => _singleSections.ContainsKey("connector");

    public void AddOperation(OperationModel operation) => _operations.Add(operation.Id, operation.Position, operation, context);

    /// <summary>Adds a <c>policies:</c> section's policies; the section is listed even when empty.</summary>
    public void AddPolicies(IEnumerable<PolicyModel> policies)
    {
        _listsPolicies = true;
        _policies.AddRange(policies);
    }

    /// <summary>
    /// Claims a section that may appear once in the folder. A repeat is reported and not used (the caller still reads
    /// it, so its own problems show too).
    /// </summary>
    /// <summary>The value a single section read, or the current one when the section was already defined (a finding).</summary>
    public T FirstOf<T>(MappingEntry section, T value, T current) => ClaimSingleSection(section) ? value : current;

    private bool ClaimSingleSection(MappingEntry section)
    {
        var name = section.Key.Text;
        if (_singleSections.TryGetValue(name, out var first))
        {
            context.Report(DiagnosticCodes.DuplicateDefinition, section.Key.Position, $"The section '{name}' is already defined at {first}; it may appear only once.");
            return false;
        }

        _singleSections.Add(name, section.Key.Position);
        return true;
    }

    public void AddExtensions(RawJson extensions) => _extensions = Merge(_extensions, extensions, "extensions");

    public void AddPaths(RawJson paths) => _paths = Merge(_paths, paths, "paths");

    public void AddPropertiesExtensions(RawJson extensions) => _propertiesExtensions = Merge(_propertiesExtensions, extensions, "propertiesExtensions");

    /// <summary>The model, or null when its connector section is missing or unusable.</summary>
    public ConnectorModel? Build(string folder)
    {
        if (Info is null)
        {
            return null;
        }

        CheckSecurity();
        return Build(folder, Info, new OperationDefaults(Parameters.Items, SharedResponses));
    }

    /// <summary>
    /// An other auth may not take a security name the auth (or a set's auth) writes, and where <c>security:</c> lists
    /// the requirements, no auth says its own <c>requirement:</c> (which would then say nothing).
    /// </summary>
    private void CheckSecurity()
    {
        var auths = (Auth is null ? [] : new[] { Auth })
            .Concat((ConnectionParameterSets?.Sets ?? []).Select(s => s.Auth).OfType<AuthModel>())
            .ToList();
        var defined = auths.Where(a => a.Kind != AuthKind.None && a.Defined)
            .DistinctBy(a => a.SecurityName, StringComparer.Ordinal)
            .ToDictionary(a => a.SecurityName, a => a.Position, StringComparer.Ordinal);
        foreach (var other in OtherAuths.Items)
        {
            if (defined.TryGetValue(other.SecurityName, out var first))
            {
                context.Report(DiagnosticCodes.DuplicateDefinition, other.Position,
                    $"The security definition '{other.SecurityName}' is already written by the auth at {first}.");
            }
        }

        if (Security is null)
        {
            return;
        }

        var requirements = auths.Concat(OtherAuths.Items).Select(a => a.RequirementPosition).OfType<SourcePosition>();
        foreach (var position in requirements)
        {
            context.Report(DiagnosticCodes.InvalidValue, position,
                "'requirement' has no place beside the security section, which lists the root requirements; "
                + "say it there.");
        }
    }

    private ConnectorModel Build(string folder, ConnectorInfoModel info, OperationDefaults defaults) => new()
    {
        Folder = folder,
        Info = info,
        KeyPositions = context.KeyPositions,
        Auth = Auth,
        OtherAuths = OtherAuths.Items,
        Security = Security,
        ConnectionParameters = ConnectionParameters.Items,
        ConnectionParameterSets = ConnectionParameterSets,
        Parameters = Parameters.Items,
        Schemas = Schemas.Items,
        Responses = Responses.Items,
        Actions = [.. _operations.Items.OfType<ActionModel>().Select(defaults.Apply)],
        Triggers = [.. _operations.Items.OfType<TriggerModel>().Select(defaults.Apply)],
        Notifications = NotificationsWithoutOperations(),
        Policies = _policies,
        ListsPolicies = _listsPolicies,
        Script = Script,
        Client = Client,
        Docs = Docs,
        DisabledChecks = DisabledChecks,
        Extensions = _extensions,
        Paths = _paths,
        PropertiesExtensions = _propertiesExtensions,
    };

    /// <summary>
    /// The notification paths; one an operation also has is CK2014 and left out, since its notification content
    /// belongs to that operation (<c>payload</c>), which writes its path item.
    /// </summary>
    private IReadOnlyList<NotificationPathModel> NotificationsWithoutOperations()
    {
        var operations = _operations.Items.ToLookup(o => o.HttpPath, StringComparer.Ordinal);
        var kept = new List<NotificationPathModel>();
        foreach (var notification in Notifications.Items)
        {
            if (operations[notification.Path].FirstOrDefault() is { } operation)
            {
                context.Report(DiagnosticCodes.DuplicateDefinition, notification.Position,
                    $"The notification path '{notification.Path}' is also the path of operation '{operation.Id}' at {operation.Position}; "
                    + "describe its notification content on the operation (payload) instead.");
                continue;
            }

            kept.Add(notification);
        }

        return kept;
    }

    /// <summary>Unites two raw objects; positions are relative to the object, so the later file's simply join in.</summary>
    private RawJson Merge(RawJson? existing, RawJson next, string section)
    {
        if (existing is not { Value: JsonObject target } || next.Value is not JsonObject source)
        {
            return existing ?? next;
        }

        var positions = new Dictionary<string, SourcePosition>(existing.Positions, StringComparer.Ordinal);
        foreach (var (key, value) in source)
        {
            var pointer = JsonPointer.Append(JsonPointer.Root, key);
            if (target.ContainsKey(key))
            {
                context.Report(DiagnosticCodes.DuplicateDefinition, next.PositionOf(pointer),
                    $"The key '{key}' of '{section}' is already defined at {existing.PositionOf(pointer)}.");
                continue;
            }

            target[key] = value?.DeepClone();
            foreach (var (nested, position) in next.PositionsBelow(pointer))
            {
                positions[nested] = position;
            }
        }

        return existing with { Positions = positions };
    }
}
