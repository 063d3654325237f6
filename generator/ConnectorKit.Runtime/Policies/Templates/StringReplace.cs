using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>stringreplace</c>: replaces every occurrence of sourceString (ordinal, case kept) in the string at parent path
/// and sub path with replacementString, and writes the result at newPropertyPath.
/// </summary>
public sealed class StringReplace : IRuntimePolicy
{
    public const string Id = "stringreplace";

    public static readonly PolicySection[] Sections = [PolicySection.Request, PolicySection.Response, PolicySection.Failure];

    private readonly BodyPath _parent;
    private readonly IReadOnlyList<PathStep> _subPath;
    private readonly string _source;
    private readonly string _replacement;
    private readonly BodyPath _newPath;

    private StringReplace(PolicyDefinition definition)
    {
        Definition = definition;
        _parent = definition.RequiredBodyPath("propertyParentPath");
        _subPath = BodyEdits.SubPath(definition);
        _source = definition.Required("sourceString");
        _replacement = definition.Parameters.TryGetValue("replacementString", out var replacement) ? replacement?.ToString() ?? string.Empty : string.Empty;
        _newPath = definition.RequiredBodyPath("newPropertyPath");
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new StringReplace(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        var count = 0;
        BodyEdits.ForEachParent(context, _parent, _subPath, (root, element) =>
        {
            if (JsonPath.Read(element, _subPath) is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String
                && BodyEdits.Write(_newPath, root, element, JsonValue.Create(value.GetValue<string>().Replace(_source, _replacement, StringComparison.Ordinal))))
            {
                count++;
            }
        });
        context.Changes.Add(count > 0 ? $"'{_source}' replaced in {count} string(s), written at {_newPath}" : $"nothing changed: no string at {BodyEdits.Where(_parent, _subPath)}");
        return Task.CompletedTask;
    }
}
