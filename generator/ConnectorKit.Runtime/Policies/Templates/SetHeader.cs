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
        _existsAction = definition.Choice("existsAction", ExistsAction.Choices);
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new SetHeader(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        context.Changes.Add(ExistsAction.Apply(
            _existsAction,
            $"header {_name}",
            context.Headers.Contains(_name),
            () => context.EvaluateText(_value, context.Scope()),
            v => context.Headers.Set(_name, v),
            v => context.Headers.Add(_name, v)));
        return Task.CompletedTask;
    }
}
