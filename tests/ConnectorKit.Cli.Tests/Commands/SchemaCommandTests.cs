using System.Text.Json;
using ConnectorKit.Cli.Tests.TestSupport;

namespace ConnectorKit.Cli.Tests.Commands;

public class SchemaCommandTests
{
    [Fact]
    public void Prints_the_model_schema_as_json()
    {
        var run = CliRun.In(Path.GetTempPath(), "schema");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var schema = JsonDocument.Parse(run.Output);
        Assert.True(schema.RootElement.GetProperty("properties").TryGetProperty("connector", out _));
    }
}
