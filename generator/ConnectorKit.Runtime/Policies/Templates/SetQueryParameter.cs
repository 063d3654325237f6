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
        _existsAction = definition.Choice("existsAction", "override", "skip", "append");
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new SetQueryParameter(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        var exists = context.Request.QueryValue(_name) is not null;
        if (exists && _existsAction == "skip")
        {
            context.Changes.Add($"query parameter {_name} kept (it is already set; existsAction skip)");
            return Task.CompletedTask;
        }

        var value = context.EvaluateText(_value, context.Scope());
        if (exists && _existsAction == "append")
        {
            context.Request.Query.Add(new(_name, value));
            context.Changes.Add($"query parameter {_name} appended '{value}'");
        }
        else
        {
            context.Request.SetQuery(_name, value);
            context.Changes.Add($"query parameter {_name} {(exists ? "replaced by" : "set to")} '{value}'");
        }

        return Task.CompletedTask;
    }
}
