using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Forwarding;
using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>updatenextlink</c>: points the next-page link of a response back at the runtime, so the caller's next page
/// goes through the connector too. nextLinkPropertyName is a property name taken literally (<c>@odata.nextLink</c>),
/// in the object at nextLinkParentPropertyPath (the body's root by default). A link below the backend's host URL is
/// rewritten to the same place below the runtime's root; a relative link is read against the backend's address
/// first; a link to another host is left alone, and the log says so.
/// </summary>
public sealed class UpdateNextLink : IRuntimePolicy
{
    public const string Id = "updatenextlink";

    public static readonly PolicySection[] Sections = [PolicySection.Response];

    private readonly string _propertyName;
    private readonly BodyPath? _parent;

    private UpdateNextLink(PolicyDefinition definition)
    {
        Definition = definition;
        _propertyName = definition.Required("nextLinkPropertyName");
        _parent = definition.Optional("nextLinkParentPropertyPath") is { } parent ? BodyPath.Parse(definition, "nextLinkParentPropertyPath", parent) : null;
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new UpdateNextLink(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        var root = context.Body.ReadJson();
        if (JsonPath.Read(root, _parent?.Steps ?? []) is not JsonObject holder || holder[_propertyName] is not JsonValue link
            || link.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            context.Changes.Add($"nothing changed: the response has no {_propertyName} link");
            return Task.CompletedTask;
        }

        if (RuntimeLinks.ToRuntime(link.GetValue<string>(), context.Request.BaseUrl, context.Origin.RuntimeRoot) is not { } rewritten)
        {
            context.Changes.Add($"{_propertyName} left as is: it does not point below the backend's host URL {context.Request.BaseUrl.AbsoluteUri.TrimEnd('/')}");
            return Task.CompletedTask;
        }

        holder[_propertyName] = rewritten;
        context.Body.WriteJson(root);
        context.Changes.Add($"{_propertyName} rewritten to {rewritten}");
        return Task.CompletedTask;
    }
}
