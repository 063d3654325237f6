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

    [Fact]
    public void Values_and_required_flag_are_read_and_expanded()
    {
        var result = TempModelFolder.LoadSingle(Header + """
            connectionParameters:
              grantType:
                type: string
                requiredFlag: true
                tabIndex: 2
                values: [code, client_credentials]

            """);
        Assert.Empty(result.Diagnostics);
        var parameter = ModelExpander.Expand(result.Model!).Definition.Properties.ConnectionParameters!["grantType"]!;

        Assert.Equal(
            """{"type":"string","allowedValues":[{"value":"code"},{"value":"client_credentials"}],"uiDefinition":{"constraints":{"required":true,"tabIndex":2}}}""",
            parameter.ToJsonString());
    }

    [Fact]
    public void Required_flag_beside_required_is_an_error_at_the_flag()
    {
        var result = TempModelFolder.LoadSingle(Header + "connectionParameters:\n  key:\n    type: string\n    required: true\n    requiredFlag: true\n");

        LoadAssert.Single(result, DiagnosticCodes.InvalidValue.Code, 10, 5);
    }

    [Fact]
    public void Values_that_are_no_list_are_an_error_at_the_value()
    {
        var result = TempModelFolder.LoadSingle(Header + "connectionParameters:\n  key: {type: string, values: code}\n");

        Assert.Equal(DiagnosticCodes.WrongType.Code, Assert.Single(result.Diagnostics).Code);
        LoadAssert.Single(result, DiagnosticCodes.WrongType.Code, 7, 31);
    }
}
