using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>stringtoarray</c>: splits the string at parent path and sub path at any of the characters of delimiterList into
/// an array of objects, each <c>{ childPropertyName: part }</c>, written at newPropertyPath. Empty parts are kept, as
/// the split gives them.
/// </summary>
public sealed class StringToArray : IRuntimePolicy
{
    public const string Id = "stringtoarray";

    public static readonly PolicySection[] Sections = [PolicySection.Request, PolicySection.Response, PolicySection.Failure];

    private readonly BodyPath _parent;
    private readonly IReadOnlyList<PathStep> _subPath;
    private readonly char[] _delimiters;
    private readonly string _childName;
    private readonly BodyPath _newPath;

    private StringToArray(PolicyDefinition definition)
    {
        Definition = definition;
        _parent = definition.RequiredBodyPath("propertyParentPath");
        _subPath = BodyEdits.SubPath(definition);
        _delimiters = [.. definition.Required("delimiterList")];
        _childName = definition.Required("childPropertyName");
        _newPath = definition.RequiredBodyPath("newPropertyPath");
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new StringToArray(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        BodyEdits.ForEachParent(context, _parent, _subPath, (root, element) =>
        {
            if (JsonPath.Read(element, _subPath) is not JsonValue value || value.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                context.Changes.Add($"skipped: no string at {BodyEdits.Where(_parent, _subPath)}");
                return;
            }

            var parts = value.GetValue<string>().Split(_delimiters);
            var result = new JsonArray([.. parts.Select(p => (JsonNode)new JsonObject { [_childName] = p })]);
            if (BodyEdits.Write(_newPath, root, element, result))
            {
                context.Changes.Add($"string split into {parts.Length} object(s) at {_newPath}");
            }
        });
        return Task.CompletedTask;
    }
}
