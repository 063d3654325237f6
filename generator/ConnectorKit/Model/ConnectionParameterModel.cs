using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Model;

/// <summary>A value the user enters when creating a connection (apiProperties <c>connectionParameters</c>).</summary>
public sealed record ConnectionParameterModel
{
    public required string Name { get; init; }

    /// <summary>string, securestring, bool, int, oauthSetting, ...</summary>
    public required string Type { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public string? Tooltip { get; init; }

    /// <summary><c>uiDefinition.constraints.required</c>; null leaves out the constraints (<c>required: null</c>).</summary>
    public bool? Required { get; init; }

    /// <summary>
    /// <c>uiDefinition.constraints.required</c> as a JSON boolean (<c>requiredFlag:</c>), as some connectors write it,
    /// instead of the text <see cref="Required"/> writes; null for the text form.
    /// </summary>
    public bool? RequiredFlag { get; init; }

    /// <summary><c>uiDefinition.constraints.tabIndex</c>: where the designer puts the field among the others.</summary>
    public int? TabIndex { get; init; }

    /// <summary><c>uiDefinition.constraints.clearText</c>: whether a secure string is shown as typed.</summary>
    public bool? ClearText { get; init; }

    /// <summary>
    /// <c>uiDefinition.constraints.hidden</c>: whether the designer hides the field; true or false, or the text "true"
    /// or "false" as some connectors write it.
    /// </summary>
    public JsonValue? Hidden { get; init; }

    /// <summary><c>uiDefinition.constraints.allowedValues</c>: the values to pick from, each with its text.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? AllowedValues { get; init; }

    /// <summary>
    /// The parameter's own <c>allowedValues</c> (beside its <c>uiDefinition</c>), each written <c>{ value }</c>: the
    /// values the platform accepts, with no text to show (<c>values:</c>).
    /// </summary>
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary><c>metadata.sourceType</c>: where the designer takes the value from (e.g. AzureActiveDirectoryTenant).</summary>
    public string? SourceType { get; init; }

    public JsonNode? Default { get; init; }

    /// <summary>Keys written verbatim at the end of <c>uiDefinition</c> (e.g. constraints beyond required).</summary>
    public RawJson? UiExtensions { get; init; }

    /// <summary>Keys written verbatim at the end of the parameter object.</summary>
    public RawJson? Extensions { get; init; }

    public required SourcePosition Position { get; init; }
}

/// <summary>Multi-auth: alternative sets of connection parameters, one per way of connecting.</summary>
public sealed record ConnectionParameterSetsModel(
    string? DisplayName,
    string? Description,
    IReadOnlyList<ConnectionParameterSetModel> Sets,
    SourcePosition Position)
{
    /// <summary>Keys written verbatim at the end of the sets' <c>uiDefinition</c>.</summary>
    public RawJson? UiExtensions { get; init; }
}

/// <summary>One way of connecting: its own auth and its own connection parameters.</summary>
public sealed record ConnectionParameterSetModel(
    string Name,
    string? DisplayName,
    string? Description,
    AuthModel? Auth,
    IReadOnlyList<ConnectionParameterModel> Parameters,
    SourcePosition Position)
{
    /// <summary>Keys written verbatim at the end of the set's <c>uiDefinition</c>.</summary>
    public RawJson? UiExtensions { get; init; }

    /// <summary><c>metadata.allowSharing</c>: whether a connection of this set may be shared.</summary>
    public bool? AllowSharing { get; init; }

    /// <summary>Keys written verbatim at the end of the set.</summary>
    public RawJson? Extensions { get; init; }
}
