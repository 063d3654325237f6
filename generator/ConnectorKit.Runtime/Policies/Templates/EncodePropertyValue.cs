using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>encodepropertyvalue</c>: Microsoft names the template and its parameters but not the encoding. The runtime's
/// choice: the value at parent path and sub path (a string as is, anything else as its JSON text) is encoded as Base64
/// of its UTF-8 bytes and written at newPropertyPath.
/// </summary>
public sealed class EncodePropertyValue : IRuntimePolicy
{
    public const string Id = "encodepropertyvalue";

    public static readonly PolicySection[] Sections = [PolicySection.Request, PolicySection.Response, PolicySection.Failure];

    private readonly BodyPath _parent;
    private readonly IReadOnlyList<PathStep> _subPath;
    private readonly BodyPath _newPath;

    private EncodePropertyValue(PolicyDefinition definition)
    {
        Definition = definition;
        _parent = definition.RequiredBodyPath("propertyParentPath");
        _subPath = BodyEdits.SubPath(definition);
        _newPath = definition.RequiredBodyPath("newPropertyPath");
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new EncodePropertyValue(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        var count = 0;
        BodyEdits.ForEachParent(context, _parent, _subPath, (root, element) =>
        {
            if (JsonPath.Read(element, _subPath) is { } value
                && BodyEdits.Write(_newPath, root, element, JsonValue.Create(Convert.ToBase64String(Encoding.UTF8.GetBytes(ValueTemplate.AsText(value))))))
            {
                count++;
            }
        });
        context.Changes.Add(count > 0 ? $"{count} value(s) Base64-encoded at {_newPath}" : $"nothing changed: no value at {BodyEdits.Where(_parent, _subPath)}");
        return Task.CompletedTask;
    }
}
