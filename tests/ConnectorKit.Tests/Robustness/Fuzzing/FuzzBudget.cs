using System.Globalization;
using CsCheck;

namespace ConnectorKit.Tests.Robustness.Fuzzing;

/// <summary>
/// How much each fuzz property runs. CI runs a fixed number of cases (a count, never seconds, so a slow machine runs
/// the same cases, only slower); <c>CONNECTORKIT_FUZZ_ITERATIONS=N</c> runs N cases of every property for a local soak.
/// CsCheck prints the seed of a failing case; <c>CsCheck_Seed=SEED</c> runs that case first.
/// </summary>
internal static class FuzzBudget
{
    public const string IterationsVariable = "CONNECTORKIT_FUZZ_ITERATIONS";

    /// <summary>
    /// A case that runs this long is taken for a hang. It is far beyond what any case needs on the slowest machine, so it
    /// fails only what would otherwise never end; nothing measures how long a case that ends took.
    /// </summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Runs <paramref name="property"/> on generated cases (the CI count, or the soak count when set); it fails by
    /// throwing and returns the case's outcome ("written", "refused"), which the test's output counts, to show that
    /// the cases reach every path.
    /// </summary>
    public static void Check<T>(Gen<T> cases, Func<T, string> property, long ciIterations, Func<T, string> describe)
    {
        var output = TestContext.Current.TestOutputHelper;
        cases.Sample(
            value => WithinHangLimit(() => property(value), () => describe(value)),
            writeLine: line => output?.WriteLine(line),
            iter: Iterations(ciIterations),
            print: describe);
    }

    public static long Iterations(long ciIterations) =>
        Environment.GetEnvironmentVariable(IterationsVariable) is { } text
        && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) && iterations > 0
            ? iterations
            : ciIterations;

    /// <summary>
    /// Runs the case on a thread of its own and fails it when it has not ended within <see cref="HangLimit"/>; an
    /// exception it throws is rethrown as it is.
    /// </summary>
    private static string WithinHangLimit(Func<string> action, Func<string> describe)
    {
        var run = Task.Factory.StartNew(action, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!((IAsyncResult)run).AsyncWaitHandle.WaitOne(HangLimit))
        {
            throw new InvalidOperationException($"The case did not end within {HangLimit.TotalMinutes} minutes (a hang): {describe()}");
        }

        return run.GetAwaiter().GetResult();
    }
}
