using ConnectorKit.Expansion;
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
        var options = ValidationOptions.Default with
        {
            DisabledCodes = new HashSet<string>(context.Model!.DisabledChecks, StringComparer.OrdinalIgnoreCase),
        };
        var scriptFile = context.Model.Script is { } script ? Path.GetFullPath(Path.Combine(context.ModelFolder, script.File)) : null;
        var validation = new ValidationContext(
            context.Definition!,
            context.Origins!.ToPositionIndex(DefinitionFileKind.ApiDefinition),
            context.Origins.ToPositionIndex(DefinitionFileKind.ApiProperties),
            scriptFile);
        context.Diagnostics.AddRange(new ConnectorValidator(options).Validate(validation));
    }
}
