using ConnectorKit.Validation;

namespace ConnectorKit.Generation;

/// <summary>
/// Runs the offline validator on the definition about to be written, with findings at the YAML that caused them, so
/// a model never produces a connector the validator would reject. Codes the model lists under <c>checks.disable</c>
/// are switched off here too.
/// </summary>
public sealed class ValidateDefinitionStep : IGenerationStep
{
    public string Name => "validate";

    public bool CanRun(GenerationContext context) =>
        context is { Model: not null, Definition: not null, Origins: not null } && !context.Diagnostics.HasErrors;

    public void Run(GenerationContext context)
    {
        var validation = ValidationContext.For(context.Connector!);
        context.Diagnostics.AddRange(new ConnectorValidator(ValidationOptions.ForModel(context.Model!)).Validate(validation));
    }
}
