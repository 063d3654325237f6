using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>dynamichosturl</c>: replaces the host URL (scheme, host and basePath) with the URL template's value, such as
/// <c>https://@connectionParameters('instance').example.com/api</c>; the operation path follows it. A value that is not
/// an absolute http or https URL fails the call (500) rather than sending it somewhere unintended.
/// </summary>
public sealed class DynamicHostUrl : IRuntimePolicy
{
    public const string Id = "dynamichosturl";

    public static readonly PolicySection[] Sections = [PolicySection.Request];

    private readonly ValueTemplate _urlTemplate;

    private DynamicHostUrl(PolicyDefinition definition)
    {
        Definition = definition;
        _urlTemplate = definition.RequiredTemplate("urlTemplate");
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new DynamicHostUrl(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        var text = context.EvaluateText(_urlTemplate, context.Scope()).Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || url.Host.Length == 0)
        {
            throw new PolicyFailedException($"the URL template gave '{text}', which is not an absolute http or https URL");
        }

        context.Request.BaseUrl = new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/'), UriKind.Absolute);
        context.Changes.Add($"host URL set to {context.Request.BaseUrl.AbsoluteUri.TrimEnd('/')}");
        return Task.CompletedTask;
    }
}
