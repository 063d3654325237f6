using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>convertarraytoobject</c>: turns the array at parent path and sub path into an object whose property names are
/// each element's value at keyWithinCollectionPath, written at newPropertyPath. retainKey (true by default) keeps the
/// key inside each value. An element without a key, or whose key repeats an earlier one, is left out (the first wins)
/// and the log says so.
/// </summary>
public sealed class ConvertArrayToObject : IRuntimePolicy
{
    public const string Id = "convertarraytoobject";

    public static readonly PolicySection[] Sections = [PolicySection.Request, PolicySection.Response, PolicySection.Failure];

    private readonly BodyPath _parent;
    private readonly IReadOnlyList<PathStep> _subPath;
    private readonly IReadOnlyList<PathStep> _keyPath;
    private readonly BodyPath _newPath;
    private readonly bool _retainKey;

    private ConvertArrayToObject(PolicyDefinition definition)
    {
        Definition = definition;
        _parent = definition.RequiredBodyPath("propertyParentPath");
        _subPath = BodyEdits.SubPath(definition);
        _keyPath = JsonPath.ParseDotted(definition.Required("keyWithinCollectionPath"));
        _newPath = definition.RequiredBodyPath("newPropertyPath");
        _retainKey = definition.Choice("retainKey", "true", "false") == "true";
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new ConvertArrayToObject(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        BodyEdits.ForEachParent(context, _parent, _subPath, (root, element) =>
        {
            if (JsonPath.Read(element, _subPath) is not JsonArray array)
            {
                context.Changes.Add($"skipped: no array at {BodyEdits.Where(_parent, _subPath)}");
                return;
            }

            var result = new JsonObject();
            var skipped = 0;
            foreach (var item in array.OfType<JsonObject>())
            {
                var key = ValueTemplate.AsText(JsonPath.Read(item, _keyPath));
                if (key.Length == 0 || result.ContainsKey(key))
                {
                    skipped++;
                    continue;
                }

                var value = (JsonObject)item.DeepClone();
                if (!_retainKey)
                {
                    JsonPath.Remove(value, _keyPath);
                }

                result[key] = value;
            }

            if (BodyEdits.Write(_newPath, root, element, result))
            {
                context.Changes.Add($"array of {array.Count} written as an object of {result.Count} at {_newPath}" + (skipped > 0 ? $" ({skipped} without a key or with a repeated key left out)" : string.Empty));
            }
        });
        return Task.CompletedTask;
    }
}
