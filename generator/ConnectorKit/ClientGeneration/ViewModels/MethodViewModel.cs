namespace ConnectorKit.ClientGeneration.ViewModels;

/// <summary>One async method of the client (an action, or the subscribe method of a webhook trigger).</summary>
internal sealed record MethodViewModel
{
    /// <summary>The method's name, ending in Async.</summary>
    public required string Name { get; init; }

    public required IReadOnlyList<string> SummaryLines { get; init; }

    public required IReadOnlyList<string> RemarksLines { get; init; }

    /// <summary>The literal of the <c>[Obsolete]</c> message, or null when the operation is not deprecated.</summary>
    public required string? ObsoleteLiteral { get; init; }

    public required IReadOnlyList<ParameterViewModel> Parameters { get; init; }

    /// <summary>The parameter list, the cancellation token last.</summary>
    public string Signature => string.Join(", ", [.. Parameters.Select(p => p.Declaration), "CancellationToken cancellationToken = default"]);

    /// <summary>The parameter list of the paging twin, whose token cancels the enumeration.</summary>
    public string PagingSignature => string.Join(", ", [.. Parameters.Select(p => p.Declaration), "[EnumeratorCancellation] CancellationToken cancellationToken = default"]);

    public required string ReturnType { get; init; }

    /// <summary>Names of required reference-type parameters, checked for null first.</summary>
    public required IReadOnlyList<string> NullChecks { get; init; }

    public required string HttpMethodExpression { get; init; }

    public required string PathLiteral { get; init; }

    public required IReadOnlyList<RequestStepViewModel> Steps { get; init; }

    public required ResultViewModel Result { get; init; }

    /// <summary>Set for a webhook trigger: the method subscribes and returns the subscription.</summary>
    public required bool IsSubscribe { get; init; }

    /// <summary>Set for an <c>x-ms-pageable</c> operation whose page holds an item array.</summary>
    public required PagingViewModel? Paging { get; init; }
}

/// <summary>A parameter of a client method.</summary>
internal sealed record ParameterViewModel(string Name, string Type, string DefaultClause, string DocLine)
{
    /// <summary>The name as documentation refers to it, without a keyword's @.</summary>
    public string DocName => Name.TrimStart('@');

    public string Declaration => $"{Type} {Name}{DefaultClause}";
}

/// <summary>One call on the request builder: <c>request.{Call}({Arguments});</c>.</summary>
internal sealed record RequestStepViewModel(string Call, string Arguments);

/// <summary>What a method returns and how it reads it from the response.</summary>
internal sealed record ResultViewModel
{
    /// <summary>The C# result type, or null when the method returns a plain Task.</summary>
    public required string? Type { get; init; }

    /// <summary>The transport call that reads the body, such as <c>ReadJsonAsync&lt;Page&gt;(response, "{}", cancellationToken)</c>.</summary>
    public required string ReadCall { get; init; }

    public required string DocLine { get; init; }

    public bool HasValue => Type is not null;
}

/// <summary>The IAsyncEnumerable twin of a pageable method.</summary>
internal sealed record PagingViewModel(string Name, string PageType, string ItemType, string ItemsProperty, string NextLinkLiteral);
