namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>
/// The two inputs a binding connects: the invoked operation's input its key names, and, for a reference, the calling
/// operation's input it reads. The older extensions name both by parameter name; the newer ones by path string.
/// </summary>
internal static class BindingInputs
{
    public static OperationInput? Target(DynamicCall call, DynamicBinding binding) =>
        call.Target is { } target ? Lookup(call.Invocation, target, binding.Key) : null;

    public static OperationInput? Source(DynamicCall call, DynamicBinding binding) =>
        binding.Reference is { } reference ? Lookup(call.Invocation, call.Caller, reference) : null;

    /// <summary>The bindings whose references and keys the rules judge: all of them, unless a newer extension supersedes this one.</summary>
    public static IEnumerable<DynamicBinding> Judged(DynamicCall call) => call.Invocation.IsSuperseded ? [] : call.Invocation.Bindings;

    private static OperationInput? Lookup(DynamicInvocation invocation, OperationInputs inputs, string name) =>
        invocation.UsesPathReferences ? inputs.Find(name)
        : inputs.Parameter(name) is { } parameter ? new OperationInput(parameter, null) : null;
}
