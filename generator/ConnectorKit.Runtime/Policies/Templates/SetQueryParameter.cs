using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>setqueryparameter</c>: sets a query parameter of the request to the value template; existsAction as for
/// setheader (append adds the value as a second parameter of the same name).
/// </summary>
public sealed class SetQueryParameter : IRuntimePolicy
{
    public const string Id = "setqueryparameter";

    public static readonly PolicySection[] Sections = [PolicySection.Request];

    private readonly string _name;
    private readonly ValueTemplate _value;
    private readonly string _existsAction;

    private SetQueryParameter(PolicyDefinition definition)
    {
        Definition = definition;
        _name = definition.Required("name");
        _value = definition.Template("value", definition.Optional("value") ?? string.Empty);
        _existsAction = definition.Choice("existsAction", ExistsAction.Choices);
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new SetQueryParameter(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        context.Changes.Add(ExistsAction.Apply(
            _existsAction,
            $"query parameter {_name}",
            context.Request.QueryValue(_name) is not null,
            () => context.EvaluateText(_value, context.Scope()),
            v => context.Request.SetQuery(_name, v),
            v => context.Request.Query.Add(new(_name, v))));
        return Task.CompletedTask;
    }
}
