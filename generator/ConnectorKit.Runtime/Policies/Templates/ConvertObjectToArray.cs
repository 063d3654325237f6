using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>convertobjecttoarray</c>: turns the object at parent path and sub path into an array with one element per
/// property, <c>{ keyName: the property's name, valueName: its value }</c> (keyName "key" and valueName "value" by
/// default), written at newPropertyPath.
/// </summary>
public sealed class ConvertObjectToArray : IRuntimePolicy
{
    public const string Id = "convertobjecttoarray";

    public static readonly PolicySection[] Sections = [PolicySection.Request, PolicySection.Response, PolicySection.Failure];

    private readonly BodyPath _parent;
    private readonly IReadOnlyList<PathStep> _subPath;
    private readonly BodyPath _newPath;
    private readonly string _keyName;
    private readonly string _valueName;

    private ConvertObjectToArray(PolicyDefinition definition)
    {
        Definition = definition;
        _parent = definition.RequiredBodyPath("propertyParentPath");
        _subPath = BodyEdits.SubPath(definition);
        _newPath = definition.RequiredBodyPath("newPropertyPath");
        _keyName = definition.Optional("keyName") ?? "key";
        _valueName = definition.Optional("valueName") ?? "value";
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new ConvertObjectToArray(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        BodyEdits.ForEachParent(context, _parent, _subPath, (root, element) =>
        {
            if (JsonPath.Read(element, _subPath) is not JsonObject source)
            {
                context.Changes.Add($"skipped: no object at {BodyEdits.Where(_parent, _subPath)}");
                return;
            }

            var result = new JsonArray();
            foreach (var (name, value) in source)
            {
                result.Add(new JsonObject { [_keyName] = name, [_valueName] = value?.DeepClone() });
            }

            if (BodyEdits.Write(_newPath, root, element, result))
            {
                context.Changes.Add($"object of {result.Count} properties written as an array at {_newPath}");
            }
        });
        return Task.CompletedTask;
    }
}
