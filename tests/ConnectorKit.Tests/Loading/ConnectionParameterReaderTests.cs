using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using static ConnectorKit.Tests.Loading.ModelSnippets;

namespace ConnectorKit.Tests.Loading;

/// <summary>The connection parameter keys for hidden as text, allowed values and the metadata's source type.</summary>
public sealed class ConnectionParameterReaderTests
{
    [Fact]
    public void Hidden_allowed_values_and_source_type_are_read_and_expanded()
    {
        var result = TempModelFolder.LoadSingle(Header + """
            connectionParameters:
              region:
                type: string
                required: true
                hidden: "false"
                allowedValues: {eu: Europe, us: United States}
                sourceType: AzureActiveDirectoryTenant

            """);
        Assert.Empty(result.Diagnostics);
        var parameter = ModelExpander.Expand(result.Model!).Definition.Properties.ConnectionParameters!["region"]!;

        Assert.Equal(
            """{"type":"string","uiDefinition":{"constraints":{"required":"true","hidden":"false","allowedValues":[{"text":"Europe","value":"eu"},{"text":"United States","value":"us"}]}},"metadata":{"sourceType":"AzureActiveDirectoryTenant"}}""",
            parameter.ToJsonString());
    }

    [Fact]
    public void Hidden_unquoted_is_a_flag()
    {
        var result = TempModelFolder.LoadSingle(Header + "connectionParameters:\n  region: {type: string, hidden: true}\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("true", ModelExpander.Expand(result.Model!).Definition.Properties.ConnectionParameters!["region"]!["uiDefinition"]!["constraints"]!["hidden"]!.ToJsonString());
    }

    [Theory]
    [InlineData("hidden: yes", 8, 13)]
    [InlineData("hidden: \"no\"", 8, 13)]
    [InlineData("allowedValues: {eu: [Europe]}", 8, 25)]
    public void A_bad_value_is_an_error_at_the_value(string key, int line, int column)
    {
        var result = TempModelFolder.LoadSingle(Header + "connectionParameters:\n  region:\n    type: string\n".Replace("    type", "    " + key + "\n    type", StringComparison.Ordinal));

        LoadAssert.Single(result, DiagnosticCodes.WrongType.Code, line, column);
    }
}
