using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>Runs the semantic checks of a loaded model, in a fixed order, and returns the findings sorted by position.</summary>
public static class ModelChecker
{
    /// <summary>Every check, in the order they run.</summary>
    public static IReadOnlyList<IModelCheck> Checks { get; } =
    [
        new DuplicateOperationIdCheck(),
        new OperationIdFormCheck(),
        new DuplicateRouteCheck(),
        new SchemaReferenceCheck(),
        new OperationReferenceCheck(),
        new ParameterReferenceCheck(),
        new ResponseReferenceCheck(),
        new PathParameterCheck(),
        new BodyParameterCountCheck(),
        new WebhookUnsubscribeCheck(),
        new PolicyOperationCheck(),
        new PolicyTemplateParameterCheck(),
        new ConnectionParameterReferenceCheck(),
        new ScriptOperationCheck(),
    ];

    public static IReadOnlyList<Diagnostic> Check(ConnectorModel model, ModelCheckOptions? options = null)
    {
        options ??= ModelCheckOptions.Default;

        // The model may opt out of checks its published (imported) definition cannot satisfy without changing.
        options = options with { DisabledChecks = [.. options.DisabledChecks, .. model.DisabledChecks] };
        var diagnostics = new DiagnosticBag();
        foreach (var check in Checks)
        {
            if (options.IsEnabled(check.Id))
            {
                check.Check(model, diagnostics);
            }
        }

        return diagnostics.Sorted();
    }
}
