namespace ConnectorKit.Validation;

/// <summary>
/// A rule whose findings depend on the text of script.csx alone and are all reported in that file. The validator
/// runs such a rule once per script content and replays its findings from <see cref="CustomCode.ScriptCheckCache"/>:
/// compiling the script with Roslyn is the costliest check there is, and the script rarely changes between runs.
/// </summary>
public interface IScriptRule : IValidationRule;
