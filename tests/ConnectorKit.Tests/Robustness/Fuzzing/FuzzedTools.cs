using System.Collections.Concurrent;
using ConnectorKit.ClientGeneration;
using ConnectorKit.Diagnostics;
using ConnectorKit.Diff;
using ConnectorKit.Emitting;
using ConnectorKit.Inputs;
using ConnectorKit.Validation;
using ConnectorKit.Writing;

namespace ConnectorKit.Tests.Robustness.Fuzzing;

/// <summary>
/// Each public entry point as a command calls it, with what must hold of its result on any input: no exception
/// escapes (the test fails with it), every error is positioned, a write leaves nothing half-done.
/// </summary>
internal static class FuzzedTools
{
    private static readonly ConcurrentDictionary<(FolderFuzz, int), PositionedConnector?> Seeds = new();

    /// <summary>
    /// Reads the case as a folder and through its main file (as validate, diff and client take either), validates it,
    /// compares it with its seed both ways and writes its client into the output folder; returns the outcome.
    /// </summary>
    public static string ReadValidateDiffAndClient(FolderFuzz fuzz, FolderCase folderCase)
    {
        using var workspace = fuzz.Materialize(folderCase);
        Load(Path.Combine(workspace.Input, fuzz.MainFile));
        var input = Load(workspace.Input);
        Validate(workspace.Input);
        var outcome = "no connector";
        if (input.Connector is { } connector)
        {
            Diff(fuzz, folderCase, input);
            outcome = Client(connector, workspace.Output).Succeeded ? "client written" : "client refused";
        }

        workspace.AssertNothingChangedOutsideOutput();
        return outcome;
    }

    /// <summary>What every command does first with a path: a connector, or errors that say why there is none.</summary>
    public static ConnectorInput Load(string path)
    {
        var input = ConnectorInputLoader.Load(path);
        FuzzAssert.EveryErrorPositioned(input.Diagnostics);
        Assert.True(input.Connector is not null || input.HasErrors, "No connector came back, and no error says why.");
        return input;
    }

    public static void Validate(string path) =>
        FuzzAssert.EveryErrorPositioned(ConnectorValidation.Run(path, ValidationOptions.Default with { Certification = true }));

    /// <summary>The changes both ways between the case and its unmangled seed.</summary>
    public static void Diff(FolderFuzz fuzz, FolderCase folderCase, ConnectorInput mangled)
    {
        if (Seeds.GetOrAdd((fuzz, folderCase.Seed), key => SeedConnector(key.Item1, key.Item2)) is { } seed && mangled.Connector is { } connector)
        {
            FuzzAssert.EveryErrorPositioned(BreakingChangeDetector.Compare(seed, connector), mangled.Diagnostics);
            FuzzAssert.EveryErrorPositioned(BreakingChangeDetector.Compare(connector, seed), mangled.Diagnostics);
        }
    }

    /// <summary>A client for the connector, with its project, written into <paramref name="folder"/>.</summary>
    public static WriteResult Client(PositionedConnector connector, string folder) =>
        Write(folder, ClientGenerator.Generate(connector.Definition, new ClientOptions { Namespace = "Fuzz.Client", IncludeProject = true }), []);

    public static WriteResult Write(string folder, IReadOnlyList<GeneratedFile> files, IReadOnlyList<OwnedFiles> owned)
    {
        var result = FileSetWriter.Default.Write(folder, files, owned);
        FuzzAssert.EveryErrorPositioned(result.Diagnostics);
        FuzzWorkspace.AssertWriteSettled(folder, result, files);
        return result;
    }

    private static PositionedConnector? SeedConnector(FolderFuzz fuzz, int seed)
    {
        using var workspace = fuzz.Materialize(new FolderCase(seed, [], [], []));
        return ConnectorInputLoader.Load(workspace.Input).Connector;
    }
}
