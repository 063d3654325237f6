using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>dynamicsubdomain</c>: Microsoft documents the id but not its parameters. The runtime's choice: the parameter
/// <c>subdomain</c> (a template) replaces the first label of the host (<c>api.example.com</c> with subdomain
/// <c>eu</c> becomes <c>eu.example.com</c>). An empty value or one that is not a host label fails the call.
/// </summary>
public sealed class DynamicSubdomain : IRuntimePolicy
{
    public const string Id = "dynamicsubdomain";

    public static readonly PolicySection[] Sections = [PolicySection.Request];

    private readonly ValueTemplate _subdomain;

    private DynamicSubdomain(PolicyDefinition definition)
    {
        Definition = definition;
        _subdomain = definition.RequiredTemplate("subdomain");
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new DynamicSubdomain(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        var label = context.EvaluateText(_subdomain, context.Scope()).Trim();
        if (label.Length == 0 || Uri.CheckHostName(label + ".example") != UriHostNameType.Dns || label.Contains('.'))
        {
            throw new PolicyFailedException($"the subdomain template gave '{label}', which is not one host label");
        }

        var builder = new UriBuilder(context.Request.BaseUrl);
        var dot = builder.Host.IndexOf('.', StringComparison.Ordinal);
        builder.Host = dot < 0 ? label : label + builder.Host[dot..];
        context.Request.BaseUrl = builder.Uri;
        context.Changes.Add($"host set to {builder.Host}");
        return Task.CompletedTask;
    }
}
