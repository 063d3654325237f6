using ConnectorKit.Definition;

namespace ConnectorKit.Packaging;

/// <summary>The command lines that upload a package, each for a tool, and what the user should know about them.</summary>
public sealed record DeployPlan(IReadOnlyList<string> Paconn, IReadOnlyList<string> Pac, IReadOnlyList<string> Notes);

/// <summary>
/// Writes the non-interactive command lines for a package (POSIX shell syntax). paconn reads the files settings.json
/// names relative to the folder it runs in, so its commands run from the deploy folder; with the environment and the
/// connector id in settings.json and the secret on the command line, <c>create</c> and <c>update</c> ask nothing
/// (<c>--overwrite-settings</c> lets create record the new connector id in settings.json without asking).
/// </summary>
public static class DeployCommands
{
    /// <param name="deployFolder">The deploy folder as the user reaches it from where they run the commands.</param>
    /// <param name="facts">What the package holds.</param>
    /// <param name="secretArgument">The <c>--secret</c> value as the shell should see it ("$VARIABLE" or a quoted text); null without OAuth.</param>
    public static DeployPlan For(string deployFolder, PackageFacts facts, string? secretArgument)
    {
        var folder = Quote(deployFolder);
        var secret = secretArgument is null ? string.Empty : $" --secret {secretArgument}";
        var connectorId = facts.Target?.ConnectorId;
        var paconn = connectorId is null
            ? $"cd {folder} && paconn create --settings {DefinitionFiles.Settings} --overwrite-settings{secret}"
            : $"cd {folder} && paconn update --settings {DefinitionFiles.Settings}{secret}";

        var notes = new List<string>();
        if (facts.Target is null)
        {
            notes.Add("Without --environment, settings.json names no environment: paconn asks for one, and pac uses the environment of its active auth profile.");
        }

        if (connectorId is null)
        {
            notes.Add("There is no connector id yet, so these commands create the connector. Put the id they print into the environment file as connectorId; the next package then prints the update commands.");
        }

        if (facts.StackOwnerRemoved)
        {
            notes.Add("deploy/apiProperties.json leaves out stackOwner: paconn cannot update a connector that has one. The certification files keep it.");
        }

        return new DeployPlan([paconn], Pac(deployFolder, facts, connectorId, notes), notes);
    }

    private static IReadOnlyList<string> Pac(string deployFolder, PackageFacts facts, string? connectorId, List<string> notes)
    {
        if (facts.Secret.Needed)
        {
            notes.Add("pac connector takes no client secret: it would upload the placeholder in apiProperties.json. Use paconn, or set the secret in the maker portal after pac uploads.");
            return [];
        }

        string File(string name) => Quote($"{deployFolder}/{name}");
        var files = $"--api-definition-file {File(DefinitionFiles.ApiDefinition)} --api-properties-file {File(DefinitionFiles.ApiProperties)}"
            + (facts.HasIcon ? $" --icon-file {File(DefinitionFiles.Icon)}" : string.Empty)
            + (facts.HasScript ? $" --script-file {File(DefinitionFiles.Script)}" : string.Empty)
            + (facts.Target is { } target ? $" --environment {target.EnvironmentId}" : string.Empty);
        if (connectorId is null)
        {
            return [$"pac connector create {files}" + (facts.Solution is { } solution ? $" --solution-unique-name {Quote(solution)}" : string.Empty)];
        }

        if (Guid.TryParse(connectorId, out _))
        {
            return [$"pac connector update --connector-id {connectorId} {files}"];
        }

        notes.Add($"pac connector update takes the connector's Dataverse id (a GUID); '{connectorId}' is paconn's id, so only the paconn command is given.");
        return [];
    }

    /// <summary>A word for a POSIX shell: as it is when it is plain, else in single quotes.</summary>
    public static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or ':' or '=')
            ? word
            : $"'{word.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
