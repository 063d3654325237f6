using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>An input of an operation named by a dynamic extension: a parameter, or a property inside its body.</summary>
internal sealed record OperationInput(ResolvedParameter Parameter, NodeAt? Property)
{
    /// <summary>The declared type: the property's for a body property, the parameter's otherwise (null for a body).</summary>
    public string? Type => Property is { } property ? property.Node.Child("type").StringOrNull() : Parameter.Type;

    /// <summary>A whole parameter (not a property inside a body).</summary>
    public bool IsParameter => Property is null;
}

/// <summary>
/// The inputs of one operation, looked up the ways dynamic extensions name them: a parameter name, or a path string
/// (<c>body/property</c>) into a body parameter's schema.
/// </summary>
internal sealed class OperationInputs
{
    private readonly JsonObject _root;
    private readonly IReadOnlyList<ResolvedParameter> _parameters;
    private readonly Lazy<HashSet<string>> _bodyPropertyNames;

    public OperationInputs(JsonObject root, OperationView operation)
    {
        _root = root;
        Operation = operation;
        _parameters = OperationParameters.Effective(root, operation);
        _bodyPropertyNames = new(() => [.. OperationSchemas.Of(root, operation)
            .Where(s => s.Parameter?.IsIn("body") == true && s.PropertyPath.Count > 0)
            .SelectMany(s => new[] { s.PropertyPath[^1], string.Join('/', s.PropertyPath) })]);
    }

    public OperationView Operation { get; }

    public IReadOnlyList<ResolvedParameter> Parameters => _parameters;

    public ResolvedParameter? Parameter(string name) => _parameters.FirstOrDefault(p => p.Name == name);

    /// <summary>Whether a bare name (the older extensions' way) is the name or path of a property inside a body parameter.</summary>
    public bool IsBodyProperty(string name) => _bodyPropertyNames.Value.Contains(name);

    /// <summary>
    /// Finds the input a path string names: the parameter of that name, else <see cref="FindProperty"/>. Null when
    /// nothing matches.
    /// </summary>
    public OperationInput? Find(string path) =>
        Parameter(path) is { } whole ? new OperationInput(whole, null) : FindProperty(path);

    /// <summary>
    /// Reads a path string as a parameter name (first segment) and a property path through its schema. Null when no
    /// parameter has that name or its schema proves the property missing; a schema that leaves it open gives the
    /// parameter alone.
    /// </summary>
    public OperationInput? FindProperty(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || Parameter(path[..slash]) is not { } parameter || parameter.Schema is not { } schema
            || LocalReferences.Resolve(_root, schema, parameter.DefinitionMember("schema")) is not { } resolved)
        {
            return null;
        }

        var (outcome, property) = SchemaPaths.Follow(_root, resolved, path[(slash + 1)..]);
        return outcome switch
        {
            PathOutcome.Found => new OperationInput(parameter, property),
            PathOutcome.Unknown => new OperationInput(parameter, null),
            _ => null,
        };
    }

    /// <summary>Whether a binding key covers the parameter: names it, or names a property inside it.</summary>
    public static bool Covers(string key, ResolvedParameter parameter) =>
        parameter.Name is { } name && (key == name || key.StartsWith(name + "/", StringComparison.Ordinal));
}
