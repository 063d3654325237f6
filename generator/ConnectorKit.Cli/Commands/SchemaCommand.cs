using System.CommandLine;
using ConnectorKit.Model.Schema;

namespace ConnectorKit.Cli.Commands;

/// <summary><c>connectorkit schema</c>: prints the JSON schema of the model files, for editors (yaml-language-server).</summary>
public static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("schema", "Print the JSON schema of the YAML model files (for editor completion and checks; connectorkit help model-schema).");
        command.SetAction(_ =>
        {
            console.Output.Write(ConnectorModelSchema.Text);
            return ExitCodes.Success;
        });
        return command;
    }
}
