using ConnectorKit.Diagnostics;
using static ConnectorKit.Tests.Loading.InMemoryModel;

namespace ConnectorKit.Tests.Loading;

/// <summary><c>enumValues:</c>: x-ms-enum-values entries written out, each a value and a display name.</summary>
public sealed class EnumReaderTests
{
    private const string Head = """
        connector: { title: Contoso, description: Contoso's API., version: "1.0", host: api.contoso.com, publisher: Contoso }
        parameters:
          status:
            in: query
            type: integer
            enum: [0, 2, 3]

        """;

    [Fact]
    public void Entries_keep_their_order_their_key_order_and_values_of_any_scalar_type()
    {
        var load = Load(Head + """
                enumValues:
                - { displayName: Converted, value: 2 }
                - { value: 0, displayName: Open }
                - { value: "true", displayName: Text }
            """);

        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        var entries = load.Model!.Parameters.Single().EnumValues!;
        Assert.Equal([("2", "Converted", true), ("0", "Open", false), ("\"true\"", "Text", false)],
            entries.Select(e => (e.Value!.ToJsonString(), e.DisplayName, e.DisplayNameFirst)));
    }

    [Fact]
    public void An_entry_with_another_key_is_an_unknown_key_at_its_place()
    {
        var load = Load(Head + """
                enumValues:
                - { value: 0, displayName: Open, label: Open }
            """);

        LoadAssert.Single(load, DiagnosticCodes.UnknownKey.Code, 8, 38);
    }

    [Fact]
    public void An_entry_without_a_display_name_or_with_a_list_as_value_is_reported_at_its_place()
    {
        var load = Load(Head + """
                enumValues:
                - { value: 0 }
                - { value: [1], displayName: One }
            """);

        Assert.Equal(
            [(DiagnosticCodes.MissingKey.Code, 8, 7), (DiagnosticCodes.WrongType.Code, 9, 16)], LoadAssert.Places(load));
    }

    [Fact]
    public void Entries_beside_the_mapping_form_of_enum_are_an_error_at_the_key()
    {
        var load = Load(Head.Replace("enum: [0, 2, 3]", "enum: { a: A }", StringComparison.Ordinal) + """
                enumValues: [{ value: a, displayName: A }]
            """);

        LoadAssert.Single(load, DiagnosticCodes.InvalidValue.Code, 7, 5);
    }

    [Fact]
    public void Entries_that_are_not_a_list_are_a_wrong_type_at_the_value()
    {
        var load = Load(Head + """
                enumValues: { value: 0, displayName: Open }
            """);

        LoadAssert.Single(load, DiagnosticCodes.WrongType.Code, 7, 17);
    }
}
