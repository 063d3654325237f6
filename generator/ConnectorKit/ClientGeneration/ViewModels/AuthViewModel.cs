namespace ConnectorKit.ClientGeneration.ViewModels;

/// <summary>How requests authenticate besides the bearer-token provider every client has: the option properties the definition calls for and the headers or query values they fill.</summary>
internal sealed record AuthViewModel
{
    /// <summary>HTTP basic: a user name and password.</summary>
    public required bool HasBasic { get; init; }

    /// <summary>String options (API keys, connection parameters a policy sends) with the doc of each.</summary>
    public required IReadOnlyList<OptionViewModel> Options { get; init; }

    /// <summary>Headers every request carries: constants and option values.</summary>
    public required IReadOnlyList<ValueViewModel> Headers { get; init; }

    /// <summary>Query values every request carries (an API key in the query).</summary>
    public required IReadOnlyList<ValueViewModel> Query { get; init; }
}

/// <summary>A string option of the client's options class.</summary>
internal sealed record OptionViewModel(string Name, IReadOnlyList<string> DocLines);

/// <summary>A wire name (as a literal) and the C# expression of its value.</summary>
internal sealed record ValueViewModel(string NameLiteral, string ValueExpression);
