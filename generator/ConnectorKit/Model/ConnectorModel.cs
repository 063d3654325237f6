namespace ConnectorKit.Model;

/// <summary>
/// The authoring model of one connector, loaded from the YAML files of one folder. Immutable; every node keeps the
/// position it was read from. Lists keep the order of the files (connector.yaml first, then the others by path).
/// </summary>
public sealed record ConnectorModel
{
    /// <summary>The model folder (absolute); relative file names in the model are resolved against it.</summary>
    public required string Folder { get; init; }

    public required ConnectorInfoModel Info { get; init; }

    /// <summary>The single authentication of the connector; null when it has none or uses connection parameter sets.</summary>
    public AuthModel? Auth { get; init; }

    /// <summary>
    /// Further security definitions (<c>otherAuths:</c>), each without a connection parameter: a connector that
    /// defines more ways to send a key or token than the one its connection asks for.
    /// </summary>
    public IReadOnlyList<AuthModel> OtherAuths { get; init; } = [];

    /// <summary>
    /// The root <c>security</c> requirements as given (<c>security:</c>); null when the auths' requirements make it.
    /// </summary>
    public IReadOnlyList<SecurityRequirementModel>? Security { get; init; }

    public IReadOnlyList<ConnectionParameterModel> ConnectionParameters { get; init; } = [];

    /// <summary>Alternative ways to connect (multi-auth); null when the connector has one way.</summary>
    public ConnectionParameterSetsModel? ConnectionParameterSets { get; init; }

    /// <summary>Reusable parameters (swagger <c>parameters</c>), referenced from operations by key.</summary>
    public IReadOnlyList<ParameterModel> Parameters { get; init; } = [];

    /// <summary>Reusable schemas (swagger <c>definitions</c>).</summary>
    public IReadOnlyList<NamedSchemaModel> Schemas { get; init; } = [];

    /// <summary>Reusable responses (swagger <c>responses</c>), referenced from operations by key.</summary>
    public IReadOnlyList<ResponseModel> Responses { get; init; } = [];

    public IReadOnlyList<ActionModel> Actions { get; init; } = [];

    public IReadOnlyList<TriggerModel> Triggers { get; init; } = [];

    /// <summary>Paths that hold only a notification content (no operation), written after the operations' paths.</summary>
    public IReadOnlyList<NotificationPathModel> Notifications { get; init; } = [];

    public IReadOnlyList<PolicyModel> Policies { get; init; } = [];

    /// <summary>Whether <c>policies:</c> is given: an empty list writes <c>policyTemplateInstances: []</c>.</summary>
    public bool ListsPolicies { get; init; }

    public ScriptModel? Script { get; init; }

    /// <summary>The typed C# client to generate with the artifacts; null for none.</summary>
    public ClientModel? Client { get; init; }

    /// <summary>The author's parts of the readme and where generate writes it; null for none.</summary>
    public DocsModel? Docs { get; init; }

    /// <summary>Keys written verbatim at the end of the swagger root (any vendor extension or other field).</summary>
    public RawJson? Extensions { get; init; }

    /// <summary>Path items written verbatim after the generated ones (e.g. a path with no operation).</summary>
    public RawJson? Paths { get; init; }

    /// <summary>Keys written verbatim at the end of apiProperties' <c>properties</c> object.</summary>
    public RawJson? PropertiesExtensions { get; init; }

    /// <summary>Ids of semantic checks this connector opts out of (section <c>checks: { disable: [...] }</c>).</summary>
    public IReadOnlyList<string> DisabledChecks { get; init; } = [];

    /// <summary>Where each key of the model's mappings was written, so messages can point at one key of a record.</summary>
    public ModelKeyPositions KeyPositions { get; init; } = new();

    public IEnumerable<OperationModel> Operations => Actions.Cast<OperationModel>().Concat(Triggers);
}
