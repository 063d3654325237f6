using ConnectorKit.Diagnostics;

namespace ConnectorKit.Model;

/// <summary>What actions and triggers have in common.</summary>
public abstract record OperationModel
{
    /// <summary>The operation id: PascalCase, unique in the connector.</summary>
    public required string Id { get; init; }

    /// <summary>Null only when the model says <c>summary: null</c>: the operation has none (legacy connectors).</summary>
    public required string? Summary { get; init; }

    /// <summary>Null only when the model says <c>description: null</c>.</summary>
    public required string? Description { get; init; }

    /// <summary>
    /// The operation's <c>x-ms-summary</c> (the model's <c>label</c>), which some connectors write beside the
    /// Swagger <c>summary</c>; written as given.
    /// </summary>
    public string? Label { get; init; }

    /// <summary>important, advanced or internal (<c>x-ms-visibility</c>).</summary>
    public string? Visibility { get; init; }

    /// <summary>Null leaves the key out; an empty list is written (<c>[]</c>, as published connectors have).</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>As <see cref="Tags"/>: null leaves the key out, an empty list is written.</summary>
    public IReadOnlyList<string>? Consumes { get; init; }

    /// <summary>As <see cref="Tags"/>: null leaves the key out, an empty list is written.</summary>
    public IReadOnlyList<string>? Produces { get; init; }

    public IReadOnlyList<OperationParameterModel> Parameters { get; init; } = [];

    /// <summary>
    /// The parameters of the path item that holds the operation (<c>pathItemParameters</c>): they apply to every
    /// operation of the path. Written after the path's methods, those of each operation of the path in turn.
    /// </summary>
    public IReadOnlyList<OperationParameterModel> PathItemParameters { get; init; } = [];

    /// <summary>Whether the model gives <c>parameters:</c>; then an empty list is written too.</summary>
    public bool ParametersGiven { get; init; }

    /// <summary>Whether the reusable path parameters the path names are added when not listed (<c>impliedParameters</c>, default true).</summary>
    public bool ImpliedParameters { get; init; } = true;

    public IReadOnlyList<ResponseModel> Responses { get; init; } = [];

    /// <summary>Operation family (<c>x-ms-api-annotation.family</c>).</summary>
    public string? Family { get; init; }

    public int? Revision { get; init; }

    /// <summary>Preview or Production (<c>x-ms-api-annotation.status</c>).</summary>
    public string? Status { get; init; }

    /// <summary>Written when given (published connectors also say <c>false</c>); null writes no key.</summary>
    public bool? Deprecated { get; init; }

    /// <summary><c>x-ms-no-generic-test</c>: no generic tests by the platform; null writes no key.</summary>
    public bool? NoGenericTest { get; init; }

    /// <summary>The operation's <c>externalDocs</c>: a page that tells more about it.</summary>
    public ExternalDocsModel? ExternalDocs { get; init; }

    /// <summary><c>x-ms-openai-data</c>: how Copilot may call the operation, as written.</summary>
    public RawJson? OpenAiData { get; init; }

    /// <summary>The operation's own <c>security</c> (alternatives); null when it has none and the root's applies.</summary>
    public IReadOnlyList<SecurityRequirementModel>? Security { get; init; }

    /// <summary>Keys written verbatim at the end of the operation object.</summary>
    public RawJson? Extensions { get; init; }

    /// <summary>Keys written verbatim at the end of the path item that holds the operation.</summary>
    public RawJson? PathExtensions { get; init; }

    public required SourcePosition Position { get; init; }

    /// <summary>The HTTP method in lower case.</summary>
    public abstract string HttpMethod { get; }

    /// <summary>
    /// The schema of what the service POSTs to a callback (<c>x-ms-notification-content</c>): a webhook trigger's
    /// notifications, or what a callback-style action's service posts back later.
    /// </summary>
    public RawJson? Payload { get; init; }

    /// <summary>The path template after the base path.</summary>
    public abstract string HttpPath { get; }

    /// <summary>How the notification content of the operation's payload is written (a webhook's, a polling trigger's or an action's).</summary>
    public abstract NotificationTexts? NotificationTexts { get; }
}

/// <summary>An operation a flow calls.</summary>
public sealed record ActionModel : OperationModel
{
    public required string Method { get; init; }

    public required string Path { get; init; }

    /// <summary>Where the path template was written; findings about its segments point there.</summary>
    public SourcePosition PathPosition { get; init; } = SourcePosition.None;

    /// <summary>Paging (<c>x-ms-pageable</c>): the response property that holds the next page's URL.</summary>
    public string? NextLinkName { get; init; }

    /// <summary>
    /// <c>x-ms-trigger</c> on an action the platform does not run as a webhook or polling trigger (single or batch),
    /// written as given; with <see cref="TriggerHint"/> its <c>x-ms-trigger-hint</c>.
    /// </summary>
    public string? Trigger { get; init; }

    public string? TriggerHint { get; init; }

    /// <summary>How the notification content (<see cref="OperationModel.Payload"/>) is written.</summary>
    public NotificationTexts Notification { get; init; } = new();

    public override string HttpMethod => Method;

    public override string HttpPath => Path;

    public override NotificationTexts? NotificationTexts => Notification;
}

/// <summary>An operation that starts a flow: a webhook or a polling trigger.</summary>
public sealed record TriggerModel : OperationModel
{
    public WebhookModel? Webhook { get; init; }

    public PollingModel? Polling { get; init; }

    /// <summary>Webhook only: properties of the subscribe body beside the callback URL.</summary>
    public IReadOnlyList<FilterModel> Filters { get; init; } = [];

    public override string HttpMethod => Webhook is not null ? "post" : Polling!.Method;

    public override NotificationTexts? NotificationTexts => Webhook?.Notification ?? Polling?.Notification;

    public override string HttpPath => Webhook?.Path ?? Polling!.Path;
}

/// <summary>The subscribe side of a webhook trigger; the generator expands it into the POST Power Automate calls.</summary>
public sealed record WebhookModel
{
    public required string Path { get; init; }

    /// <summary>Where the path template was written; findings about its segments point there.</summary>
    public SourcePosition PathPosition { get; init; } = SourcePosition.None;

    /// <summary>The DELETE operation that removes a subscription (Power Automate calls the Location it was given).</summary>
    public required ModelReference Unsubscribe { get; init; }

    /// <summary>The body property that carries the callback URL.</summary>
    public string CallbackProperty { get; init; } = "callbackUrl";

    /// <summary>Where the subscribe body goes among the trigger's parameters (0 first); null puts it after them all.</summary>
    public int? BodyPosition { get; init; }

    /// <summary>
    /// The schema (of <c>schemas:</c>) the subscribe body references instead of the generated one: it holds the
    /// callback property and the other subscription properties, so the trigger has no filters.
    /// </summary>
    public ModelReference? BodySchema { get; init; }

    /// <summary>The schema of the 201 body (the subscription); the Location header is always emitted.</summary>
    public RawJson? Subscription { get; init; }

    /// <summary>How the generated subscribe body and callback property are labelled (imported connectors keep theirs).</summary>
    public WebhookLabels Labels { get; init; } = new();

    /// <summary>Whether the generated 201 response is written (false when the model lists all responses itself).</summary>
    public bool Created { get; init; } = true;

    /// <summary>How the notification content (the payload) is written: its description and headers.</summary>
    public NotificationTexts Notification { get; init; } = new();

    /// <summary>x-ms-trigger-hint: what to do to see the trigger fire.</summary>
    public string? Hint { get; init; }

    public required SourcePosition Position { get; init; }
}

/// <summary>The keys of <c>x-ms-notification-content</c> beside the payload, of webhook triggers and actions.</summary>
public sealed record NotificationTexts
{
    /// <summary>The content's description; default the payload's description, else the operation's summary.</summary>
    public string? Description { get; init; }

    /// <summary>False when <c>notificationDescription: null</c>: the notification content has no description.</summary>
    public bool Described { get; init; } = true;

    /// <summary>The headers sent with a notification, as Swagger writes them.</summary>
    public RawJson? Headers { get; init; }

    /// <summary>
    /// The notification content's <c>parameters</c> (<c>notificationParameters</c>: reusable parameters by key, or the
    /// callback's own inputs written inline, such as CardPlatform's connection id), as an operation lists its
    /// parameters; written after the headers. Null writes no list.
    /// </summary>
    public IReadOnlyList<OperationParameterModel>? Parameters { get; init; }
}

/// <summary>
/// The texts and marks of what a webhook trigger generates. A null text is left out (the model's explicit
/// <c>null</c>); the defaults are what a new connector gets.
/// </summary>
public sealed record WebhookLabels
{
    public string BodyName { get; init; } = "body";

    /// <summary>The subscribe body's <c>required</c>; null leaves it out.</summary>
    public bool? BodyRequired { get; init; } = true;

    public string? BodySummary { get; init; } = "Subscription";

    public string? BodyDescription { get; init; } = "The subscription to create: where to send notifications and which events to send.";

    public string? BodyVisibility { get; init; }

    /// <summary>Schema keys written at the end of the subscribe body's generated schema (a <c>required</c> replaces the generated list).</summary>
    public RawJson? BodySchemaKeys { get; init; }

    public string? CallbackSummary { get; init; } = "Callback URL";

    public string? CallbackDescription { get; init; } = "The URL that receives the notifications; the service posts each event to it.";

    public string? CallbackVisibility { get; init; } = "internal";

    /// <summary>Where the <c>callback:</c> labels are written; unknown when the model does not change them.</summary>
    public SourcePosition CallbackPosition { get; init; } = SourcePosition.None;

    /// <summary>The callback property's other schema keys (title, default, raw extensions), in Swagger's words, written at its end.</summary>
    public RawJson? CallbackSchemaKeys { get; init; }

    public string? CreatedDescription { get; init; } = "The subscription was created.";
}

/// <summary>A polling trigger: the platform calls the operation on a schedule.</summary>
public sealed record PollingModel
{
    public string Method { get; init; } = "get";

    public required string Path { get; init; }

    /// <summary>Where the path template was written; findings about its segments point there.</summary>
    public SourcePosition PathPosition { get; init; } = SourcePosition.None;

    /// <summary><c>single</c> (one run per item) or <c>batch</c> (one run per call).</summary>
    public string Kind { get; init; } = "batch";

    /// <summary><c>x-ms-trigger-hint</c>: what the user should do to make the trigger fire.</summary>
    public string? Hint { get; init; }

    /// <summary><c>x-ms-trigger-metadata</c>, as written.</summary>
    public RawJson? Metadata { get; init; }

    /// <summary>
    /// How the trigger's payload, when it has one, is written as its path's notification content: connectors whose
    /// subscription the webhook form cannot say (a callback property by <c>$ref</c>) describe what is posted so.
    /// </summary>
    public NotificationTexts Notification { get; init; } = new();

    public required SourcePosition Position { get; init; }
}

/// <summary>A property of a webhook's subscribe body that narrows what fires the trigger.</summary>
public sealed record FilterModel
{
    public required string Name { get; init; }

    public required string Type { get; init; }

    public string? Format { get; init; }

    public bool Required { get; init; }

    /// <summary>Where <c>required</c> was written (the filter itself when it was not): findings about the required list point there.</summary>
    public SourcePosition RequiredPosition { get; init; } = SourcePosition.None;

    public string? Summary { get; init; }

    public string? Description { get; init; }

    public string? Visibility { get; init; }

    public System.Text.Json.Nodes.JsonNode? Default { get; init; }

    public IReadOnlyList<EnumValueModel> Enum { get; init; } = [];

    /// <summary>The <c>x-ms-enum-values</c> entries as written (<c>enumValues:</c>); null when not written out.</summary>
    public IReadOnlyList<EnumEntryModel>? EnumValues { get; init; }

    public DynamicValuesModel? Picker { get; init; }

    /// <summary>The property's other schema keys (title, items, a dynamic schema, raw extensions), in Swagger's words.</summary>
    public RawJson? Schema { get; init; }

    public required SourcePosition Position { get; init; }
}
