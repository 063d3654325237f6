using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>setheader</c>: sets a header of the request (or of the response, in the response or failure section) to the
/// value template. existsAction: override (the default) replaces it, skip keeps a header already there, append adds
/// the value as one more (HTTP reads it as <c>old,new</c>).
/// </summary>
public sealed class SetHeader : IRuntimePolicy
{
    public const string Id = "setheader";

    public static readonly PolicySection[] Sections = [PolicySection.Request, PolicySection.Response, PolicySection.Failure];

    private readonly string _name;
    private readonly ValueTemplate _value;
    private readonly string _existsAction;

    private SetHeader(PolicyDefinition definition)
    {
        Definition = definition;
        _name = definition.Required("name");
        _value = definition.Template("value", definition.Optional("value") ?? string.Empty);
        _existsAction = definition.Choice("existsAction", "override", "skip", "append");
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new SetHeader(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        var headers = context.Headers;
        var exists = headers.Contains(_name);
        if (exists && _existsAction == "skip")
        {
            context.Changes.Add($"header {_name} kept (it is already set; existsAction skip)");
            return Task.CompletedTask;
        }

        var value = context.EvaluateText(_value, context.Scope());
        if (exists && _existsAction == "append")
        {
            headers.Add(_name, value);
            context.Changes.Add($"header {_name} appended '{value}'");
        }
        else
        {
            headers.Set(_name, value);
            context.Changes.Add($"header {_name} {(exists ? "replaced by" : "set to")} '{value}'");
        }

        return Task.CompletedTask;
    }
}
