using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>setproperty</c>: adds or replaces a property (the sub path) in the object at the parent path, or in each element
/// of the collection there. The value template is evaluated per element (<c>@item()</c> is the element): one
/// expression alone keeps its JSON type; text that forms a JSON object or array (such as <c>[{@body().gifts}]</c>) is
/// that JSON; any other text is a string.
/// </summary>
public sealed class SetProperty : IRuntimePolicy
{
    public const string Id = "setproperty";

    public static readonly PolicySection[] Sections = [PolicySection.Request, PolicySection.Response, PolicySection.Failure];

    private readonly BodyPath _parent;
    private readonly IReadOnlyList<PathStep> _subPath;
    private readonly ValueTemplate _value;

    private SetProperty(PolicyDefinition definition)
    {
        Definition = definition;
        _parent = definition.RequiredBodyPath("newPropertyParentPathTemplate");
        _subPath = JsonPath.ParseDotted(definition.Required("newPropertySubPathTemplate"));
        _value = definition.Template("propertyValuePathTemplate", definition.Optional("propertyValuePathTemplate") ?? string.Empty);
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new SetProperty(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        var count = 0;
        BodyEdits.ForEachParent(context, _parent, _subPath, (root, element) =>
        {
            var value = Typed(context.Evaluate(_value, context.Scope(item: element, body: root)));
            if (JsonPath.Write(element, _subPath, value))
            {
                count++;
            }
        });
        if (count > 0)
        {
            context.Changes.Add($"property {BodyEdits.Where(_parent, _subPath)} set in {count} object(s)");
        }

        return Task.CompletedTask;
    }

    private JsonNode? Typed(JsonNode? value)
    {
        if (_value.SingleExpression is not null)
        {
            return value?.DeepClone();
        }

        var text = ValueTemplate.AsText(value).Trim();
        if (text.StartsWith('[') || text.StartsWith('{'))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                return value;
            }
        }

        return value;
    }
}
