using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Model;
using static ConnectorKit.Tests.Loading.InMemoryModel;

namespace ConnectorKit.Tests.Loading;

/// <summary>
/// <c>references:</c> (of a picker or dynamic schema) and <c>propertiesValuePath:</c> (of a dynamic schema) say how the
/// newer twin differs from what the older form gives; bad values are reported at their line.
/// </summary>
public sealed class DynamicTwinLoadTests
{
    private const string Yaml = """
        connector: { title: Contoso, description: Contoso's API., version: "1.0", host: api.contoso.com, publisher: Contoso }

        actions:
          AddItem:
            post: /items
            summary: Add an item
            description: Adds an item.
            parameters:
            - name: table
              in: query
              type: string
              picker:
                operation: ListTables
                parameters: { store: { parameter: store }, tenant: { parameter: tenant } }
                list: true
                referencePrefix: body/
                references: { tenant: x-tenant }
            - name: item
              in: body
              schema:
                type: object
                dynamicSchema:
                  operation: GetFields
                  parameters: [table]
                  valuePath: properties
                  properties: true
                  propertiesValuePath: false
        """;

    [Fact]
    public void References_and_the_properties_value_path_are_read()
    {
        var load = Load(Yaml);

        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        var picker = Assert.IsType<DynamicValuesModel>(load.Model!.Actions[0].Parameters[0].Inline!.Picker);
        Assert.Equal("x-tenant", Assert.Single(picker.References, r => r.Key == "tenant").Value);
        var body = ModelExpander.Expand(load.Model).Definition.ApiDefinition["paths"]!["/items"]!["post"]!["parameters"]![1]!;
        Assert.Equal(
            """{"operationId":"GetFields","parameters":{"table":{"parameterReference":"table"}}}""",
            body["schema"]!["x-ms-dynamic-properties"]!.ToJsonString());
    }

    [Fact]
    public void A_reference_to_an_input_that_takes_no_parameter_is_reported_at_its_name()
    {
        var yaml = Yaml.Replace("references: { tenant: x-tenant }", "references: { region: x-region }", StringComparison.Ordinal);

        var error = Assert.Single(Load(yaml).Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal(DiagnosticCodes.InvalidValue, error.Descriptor);
        Assert.Equal((LineOf(yaml, "region"), ColumnOf(yaml, "region")), (error.Position.Line, error.Position.Column));
    }

    [Fact]
    public void A_reference_that_is_not_a_text_and_a_properties_value_path_that_is_not_a_boolean_are_reported()
    {
        var yaml = Yaml
            .Replace("references: { tenant: x-tenant }", "references: { tenant: [x-tenant] }", StringComparison.Ordinal)
            .Replace("propertiesValuePath: false", "propertiesValuePath: none", StringComparison.Ordinal);

        var errors = Load(yaml).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Descriptor == DiagnosticCodes.WrongType && e.Position.Line == LineOf(yaml, "[x-tenant]"));
        Assert.Contains(errors, e => e.Position.Line == LineOf(yaml, "propertiesValuePath: none"));
        Assert.Contains(errors, e => e.Descriptor == DiagnosticCodes.WrongType
            && (e.Position.Line, e.Position.Column) == (LineOf(yaml, "propertiesValuePath: none"), ColumnOf(yaml, "none")));
    }
}
