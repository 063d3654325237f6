using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.Loading;
using static ConnectorKit.Tests.Loading.InMemoryModel;

namespace ConnectorKit.Tests.Expansion;

/// <summary>
/// <c>notifications:</c> describes paths that hold only a notification content (no operation): each writes a path item
/// of <c>x-ms-notification-content</c> (description, schema, headers) after the operations' paths, before empty ones.
/// </summary>
public sealed class NotificationPathTests
{
    private const string Yaml = """
        connector:
          title: Contoso
          description: Contoso's API.
          version: "1.0"
          host: api.contoso.com
          publisher: Contoso
          emptyPaths: [/legacy]

        actions:
          ListHooks:
            get: /hooks
            summary: List hooks
            description: Lists the hooks.

        notifications:
          /hooks/events:
            description: An event
            payload: { type: object, properties: { id: string | Event ID } }
            headers:
              X-Signature: { type: string }
          /hooks/plain:
            payload: { $ref: Event }

        schemas:
          Event: { type: object }
        """;

    [Fact]
    public void A_notification_path_writes_its_content_after_the_operations_paths_and_before_the_empty_ones()
    {
        var paths = Expand(Yaml);

        Assert.Equal(["/hooks", "/hooks/events", "/hooks/plain", "/legacy"], paths.Select(p => p.Key));
        var content = paths["/hooks/events"]!["x-ms-notification-content"]!.AsObject();
        Assert.Equal(["description", "schema", "headers"], content.Select(p => p.Key));
        Assert.Equal("An event", content["description"]!.GetValue<string>());
        Assert.Equal(
            """{"type":"object","properties":{"id":{"type":"string","x-ms-summary":"Event ID"}}}""",
            content["schema"]!.ToJsonString());
        Assert.Equal("""{"X-Signature":{"type":"string"}}""", content["headers"]!.ToJsonString());
    }

    [Fact]
    public void Without_a_description_the_content_has_none_and_a_bare_reference_points_into_the_definitions()
    {
        Assert.Equal(
            """{"x-ms-notification-content":{"schema":{"$ref":"#/definitions/Event"}}}""",
            Expand(Yaml)["/hooks/plain"]!.ToJsonString());
    }

    [Fact]
    public void A_notification_path_without_a_payload_is_reported_at_its_entry()
    {
        var yaml = Yaml.Replace("    payload: { $ref: Event }", "    description: Plain", StringComparison.Ordinal);

        var error = Assert.Single(Load(yaml).Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal(DiagnosticCodes.MissingKey, error.Descriptor);
        Assert.Equal(LineOf(yaml, "description: Plain"), error.Position.Line);
    }

    [Fact]
    public void A_notification_path_an_operation_also_has_is_reported_at_its_key()
    {
        var yaml = Yaml.Replace("  /hooks/plain:", "  /hooks:", StringComparison.Ordinal);

        var error = Assert.Single(Load(yaml).Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal(DiagnosticCodes.DuplicateDefinition, error.Descriptor);
        Assert.Equal(LineOf(yaml, "  /hooks:"), error.Position.Line);
        Assert.Contains("ListHooks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_and_headers_that_are_not_a_mapping_are_reported_at_their_line()
    {
        var yaml = Yaml.Replace(
            "    headers:\n      X-Signature: { type: string }", "    headers: [X-Signature]\n    schema: {}", StringComparison.Ordinal);

        var errors = Load(yaml).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

        Assert.Contains(errors, e =>
            e.Descriptor == DiagnosticCodes.WrongType && e.Position.Line == LineOf(yaml, "[X-Signature]"));
        Assert.Contains(errors, e =>
            e.Descriptor == DiagnosticCodes.UnknownKey && e.Position.Line == LineOf(yaml, "schema: {}"));
    }

    private static System.Text.Json.Nodes.JsonObject Expand(string yaml) =>
        InMemoryModel.Expand(yaml).Definition.ApiDefinition["paths"]!.AsObject();
}
