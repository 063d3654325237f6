using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>moveproperties</c>: Microsoft names the template but documents no parameters. The runtime's choice, in the
/// shape of the other body templates: the value at propertyParentPath and propertySubPath (in each element, when the
/// parent is a collection) moves to newPropertyPath: written there, removed where it was.
/// </summary>
public sealed class MoveProperties : IRuntimePolicy
{
    public const string Id = "moveproperties";

    public static readonly PolicySection[] Sections = [PolicySection.Request, PolicySection.Response, PolicySection.Failure];

    private readonly BodyPath _parent;
    private readonly IReadOnlyList<PathStep> _subPath;
    private readonly BodyPath _newPath;

    private MoveProperties(PolicyDefinition definition)
    {
        Definition = definition;
        _parent = definition.RequiredBodyPath("propertyParentPath");
        _subPath = BodyEdits.SubPath(definition);
        if (_subPath.Count == 0)
        {
            throw new PolicyDefinitionException("propertySubPath", "moveproperties needs propertySubPath: the property to move within the parent.");
        }

        _newPath = definition.RequiredBodyPath("newPropertyPath");
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new MoveProperties(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        var count = 0;
        BodyEdits.ForEachParent(context, _parent, _subPath, (root, element) =>
        {
            if (JsonPath.Read(element, _subPath) is { } value && JsonPath.Remove(element, _subPath) && BodyEdits.Write(_newPath, root, element, value))
            {
                count++;
            }
        });
        context.Changes.Add(count > 0 ? $"{count} value(s) moved from {BodyEdits.Where(_parent, _subPath)} to {_newPath}" : $"nothing changed: no value at {BodyEdits.Where(_parent, _subPath)}");
        return Task.CompletedTask;
    }
}
