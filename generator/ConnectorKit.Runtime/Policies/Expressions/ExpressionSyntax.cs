namespace ConnectorKit.Runtime.Policies.Expressions;

/// <summary>Where an expression takes its value from.</summary>
public enum ValueSourceKind
{
    /// <summary><c>@connectionParameters('name'[, 'default'])</c>.</summary>
    ConnectionParameter,

    /// <summary><c>@headers('name'[, 'default'])</c> (also <c>@header(...)</c>): a header of the message at hand.</summary>
    Header,

    /// <summary><c>@queryParameters('name'[, 'default'])</c>: a query parameter of the request.</summary>
    QueryParameter,

    /// <summary><c>@body()</c> and a path into it: the JSON body of the message at hand.</summary>
    Body,

    /// <summary><c>@item()</c> and a path: the element of a collection a policy is working on.</summary>
    Item,

    /// <summary><c>@triggerBody()</c> and a path: the response body a polling trigger reads.</summary>
    TriggerBody,

    /// <summary><c>@Request.OriginalHTTPMethod</c>: the method the caller used.</summary>
    OriginalMethod,
}

/// <summary>One step of a JSON path: a property name or an array index.</summary>
public readonly record struct PathStep(string? Property, int? Index)
{
    public override string ToString() => Property is not null ? "." + Property : $"[{Index}]";
}

/// <summary>A part of a template: literal text, an expression, or a <c>{name}</c> reference to an operation parameter.</summary>
public abstract record TemplatePart;

public sealed record LiteralPart(string Text) : TemplatePart;

public sealed record ExpressionPart(ValueSourceKind Kind, string? Name, string? Default, IReadOnlyList<PathStep> Steps, string Text) : TemplatePart;

/// <summary><c>{name}</c>: the operation's parameter of that name; literal text when the operation has none.</summary>
public sealed record ParameterPart(string Name, string Text) : TemplatePart;

/// <summary>A template cannot be read; <see cref="Offset"/> is where in its text.</summary>
public sealed class ExpressionException(string message, int offset) : Exception(message)
{
    public int Offset { get; } = offset;
}
