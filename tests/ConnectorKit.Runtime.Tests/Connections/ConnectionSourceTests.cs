using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Runtime.Connections;

namespace ConnectorKit.Runtime.Tests.Connections;

public sealed class ConnectionSourceTests
{
    private static readonly ApiPropertiesDocument Properties = new(new JsonObject
    {
        ["properties"] = new JsonObject
        {
            ["connectionParameters"] = new JsonObject
            {
                ["subscriptionKey"] = new JsonObject
                {
                    ["type"] = "securestring",
                    ["uiDefinition"] = new JsonObject { ["constraints"] = new JsonObject { ["required"] = "true" } },
                },
                ["region"] = new JsonObject { ["type"] = "string" },
            },
        },
    });

    [Theory]
    [InlineData("subscriptionKey", "CONNECTORKIT_CONNECTION_SUBSCRIPTIONKEY")]
    [InlineData("token:tenant-id", "CONNECTORKIT_CONNECTION_TOKEN_TENANT_ID")]
    public void Variable_names_are_upper_case_with_underscores(string parameter, string variable) =>
        Assert.Equal(variable, ConnectionSource.VariableName(parameter));

    [Fact]
    public void The_file_wins_over_the_environment_and_secrets_are_masked()
    {
        using var folder = new TemporaryFile("""{"subscriptionKey": "from-file", "retries": 3}""");
        var environment = new Dictionary<string, string> { ["CONNECTORKIT_CONNECTION_SUBSCRIPTIONKEY"] = "from-env", ["CONNECTORKIT_CONNECTION_REGION"] = "eu", ["CONNECTORKIT_CONNECTION_TOKEN"] = "tok-secret" };
        var (values, diagnostics) = ConnectionSource.Read(Properties, [], folder.Path, name => environment.GetValueOrDefault(name), connectorFolder: null);

        Assert.Empty(diagnostics);
        Assert.Equal("from-file", values.Get("subscriptionKey"));
        Assert.Equal("3", values.Get("retries"));
        Assert.Equal("eu", values.Get("region"));
        Assert.Equal("key=*** token=*** region=eu", values.Mask.Apply("key=from-file token=tok-secret region=eu"));
    }

    [Fact]
    public void A_required_value_that_is_missing_names_its_variable_and_a_bad_file_is_positioned()
    {
        var (_, missing) = ConnectionSource.Read(Properties, [], null, _ => null, null);
        Assert.Contains(missing, d => d.Code == "CK7021" && d.Message.Contains("CONNECTORKIT_CONNECTION_SUBSCRIPTIONKEY", StringComparison.Ordinal));

        using var file = new TemporaryFile("""{"subscriptionKey": {"nested": true}}""");
        var (_, bad) = ConnectionSource.Read(Properties, [], file.Path, _ => null, null);
        var error = Assert.Single(bad, d => d.Code == "CK7020");
        Assert.Equal(1, error.Position.Line);
    }

    private sealed class TemporaryFile : IDisposable
    {
        public TemporaryFile(string content)
        {
            Path = System.IO.Path.GetTempFileName();
            File.WriteAllText(Path, content);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
