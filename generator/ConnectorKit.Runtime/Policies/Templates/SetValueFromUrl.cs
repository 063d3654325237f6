using ConnectorKit.Runtime.Messages;
using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>setvaluefromurl</c>: calls another URL of the backend (parameterValueUrl, relative to the host URL, with
/// <c>{name}</c> values; httpMethod GET, POST or PUT) with the request's headers, reads the value at
/// parameterValuePathTemplate (<c>@body().x</c>) of its JSON answer, and sets the header or query parameter that
/// parameterTemplate names (<c>@headers('name')</c> or <c>@queryParameters('name')</c>). A failed call or a missing
/// value leaves the request as it is and says so in the log.
/// </summary>
public sealed class SetValueFromUrl : IRuntimePolicy
{
    public const string Id = "setvaluefromurl";

    public static readonly PolicySection[] Sections = [PolicySection.Request];

    private readonly ExpressionPart _target;
    private readonly ValueTemplate _url;
    private readonly BodyPath _valuePath;
    private readonly string _method;

    private SetValueFromUrl(PolicyDefinition definition)
    {
        Definition = definition;
        _target = definition.RequiredTemplate("parameterTemplate").SingleExpression is { Kind: ValueSourceKind.Header or ValueSourceKind.QueryParameter } target
            ? target
            : throw new PolicyDefinitionException("parameterTemplate", "parameterTemplate must be @headers('name') or @queryParameters('name').");
        _url = definition.RequiredTemplate("parameterValueUrl");
        _valuePath = definition.RequiredBodyPath("parameterValuePathTemplate");
        _method = definition.Choice("httpMethod", "GET", "POST", "PUT");
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new SetValueFromUrl(definition);

    public async Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        var relative = context.EvaluateText(_url, context.Scope(), encodeForUrl: true);
        var lookup = new RuntimeRequest { Method = _method, BaseUrl = context.Request.BaseUrl, Path = "/" + relative.TrimStart('/') };
        var question = lookup.Path.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            lookup.Query.AddRange(QueryText.Parse(lookup.Path[(question + 1)..]));
            lookup.Path = lookup.Path[..question];
        }

        foreach (var header in context.Request.Headers.All.Where(h => !h.Key.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)))
        {
            lookup.Headers.Add(header.Key, header.Value);
        }

        var answer = await context.Backend.SendAsync(lookup, "setvaluefromurl", cancellationToken).ConfigureAwait(false);
        if (!answer.IsSuccess)
        {
            context.Changes.Add($"nothing changed: {_method} {relative} answered {answer.Status}");
            return;
        }

        if (JsonPath.Read(answer.Body.ReadJson(), _valuePath.Steps) is not { } found)
        {
            context.Changes.Add($"nothing changed: the answer of {relative} has no value at {_valuePath}");
            return;
        }

        var value = ValueTemplate.AsText(found);
        if (_target.Kind == ValueSourceKind.Header)
        {
            context.Request.Headers.Set(_target.Name!, value);
            context.Changes.Add($"header {_target.Name} set to '{value}' from {relative}");
        }
        else
        {
            context.Request.SetQuery(_target.Name!, value);
            context.Changes.Add($"query parameter {_target.Name} set to '{value}' from {relative}");
        }
    }
}
