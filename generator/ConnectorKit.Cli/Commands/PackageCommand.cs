using System.CommandLine;
using ConnectorKit.Diagnostics;
using ConnectorKit.Packaging;

namespace ConnectorKit.Cli.Commands;

/// <summary>
/// <c>connectorkit package [MODEL_DIR] --out DIR [--environment NAME]</c>: what paconn and pac upload, the certification
/// submission as a folder and a zip, and the command lines that upload it without a prompt. The OAuth client secret
/// comes from an environment variable or a prompt, never from a file, and is never written into the package.
/// </summary>
public static class PackageCommand
{
    public static Command Create(CliConsole console)
    {
        var modelArgument = ModelLocation.CreateArgument("MODEL_DIR", "The model folder (with connector.yaml).");
        var outOption = new Option<string>("--out", "-o") { Description = "The package folder: deploy/, certification/ and certification.zip go there.", Required = true };
        var environmentOption = EnvironmentOption.Create("the upload");
        var command = new Command("package", "Package a connector for paconn and pac (deploy/) and for certification (certification/ and certification.zip), and print the command lines that upload it without a prompt.")
        {
            modelArgument,
            outOption,
            environmentOption,
        };
        command.SetAction(parseResult => Execute(console, parseResult.GetValue(modelArgument), console.Resolve(parseResult.GetValue(outOption)!), parseResult.GetValue(environmentOption)));
        return command;
    }

    private static int Execute(CliConsole console, string? modelArgument, string outputFolder, string? environment)
    {
        if (ModelLocation.Resolve(console, modelArgument) is not { } modelFolder)
        {
            return ExitCodes.Usage;
        }

        var package = console.WithStatus("Packaging", () => ConnectorPackager.Build(modelFolder, environment));
        console.Report(package.Diagnostics);
        if (!package.Succeeded)
        {
            console.Error.WriteLine($"package: {package.Diagnostics.Count(d => d.Severity == Severity.Error)} error(s); nothing was written.");
            return ExitCodes.Failed;
        }

        var facts = package.Facts!;
        string? secretArgument = null;
        if (facts.Secret.Needed && !TryGetSecret(console, facts, out secretArgument))
        {
            console.Error.WriteLine("package: the upload would carry a placeholder client secret; nothing was written.");
            return ExitCodes.Failed;
        }

        var written = console.WriteFiles(outputFolder, package.Files);
        if (written != ExitCodes.Success)
        {
            return written;
        }

        var plan = DeployCommands.For(console.Display(Path.Combine(outputFolder, ConnectorPackager.DeployFolder)), facts, secretArgument);
        console.Output.WriteLine("paconn:");
        plan.Paconn.ToList().ForEach(line => console.Output.WriteLine($"  {line}"));
        if (plan.Pac.Count > 0)
        {
            console.Output.WriteLine("pac:");
            plan.Pac.ToList().ForEach(line => console.Output.WriteLine($"  {line}"));
        }

        plan.Notes.ToList().ForEach(note => console.Info($"note: {note}"));
        return ExitCodes.Success;
    }

    /// <summary>
    /// The <c>--secret</c> argument: a reference to the environment variable when it holds a secret, else what the user
    /// types at a prompt. False, after saying why (CK6003), when neither gives one: paconn would then upload the
    /// placeholder of apiProperties.json as the client secret and every sign-in would fail.
    /// </summary>
    private static bool TryGetSecret(CliConsole console, PackageFacts facts, out string? secretArgument)
    {
        secretArgument = null;
        if (facts.Secret.ParametersPaconnCannotFill is { Count: > 0 } others)
        {
            Refuse(console, facts, $"paconn's --secret sets the client secret of a connection parameter named '{OAuthSecretNeed.PaconnSecretParameter}' only, so the OAuth parameter(s) {string.Join(", ", others.Select(o => $"'{o}'"))} would be uploaded with their placeholder secret. Name the sign-in parameter '{OAuthSecretNeed.PaconnSecretParameter}' (auth: parameterName: token).");
            return false;
        }

        var variable = facts.SecretVariable;
        if (console.Host.Variable(variable) is { Length: > 0 } value)
        {
            if (OAuthSecretNeed.IsPlaceholder(value))
            {
                Refuse(console, facts, $"the environment variable {variable} holds a placeholder ('{value}'), not the client secret; the upload would replace the real secret with it.");
                return false;
            }

            secretArgument = $"\"${variable}\"";
            return true;
        }

        if (console.PromptSecret($"OAuth client secret ({variable} is not set):") is { } typed && !OAuthSecretNeed.IsPlaceholder(typed))
        {
            secretArgument = Packaging.DeployCommands.Quote(typed);
            return true;
        }

        Refuse(console, facts, $"the connector signs in with OAuth 2.0 and its apiProperties.json holds a placeholder client secret; paconn create refuses to run without --secret, and paconn update without it uploads the placeholder as the client secret, which breaks every sign-in. Set the environment variable {variable} to the secret (the environment's clientSecretVariable names another), or run on a terminal to be asked for it. The secret is never read from a file.");
        return false;
    }

    private static void Refuse(CliConsole console, PackageFacts facts, string reason) =>
        console.Report([Diagnostic.Create(DiagnosticCodes.PlaceholderSecretUpload, facts.SecretPosition, $"No upload command is given: {reason}")]);
}
