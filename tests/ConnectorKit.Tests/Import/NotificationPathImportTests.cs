namespace ConnectorKit.Tests.Import;

/// <summary>
/// A path item that holds only <c>x-ms-notification-content</c> (no operation) imports as an entry of
/// <c>notifications:</c>, not as a raw path; one with anything else stays raw.
/// </summary>
public sealed class NotificationPathImportTests
{
    private const string Paths = """
        {
          "/hooks": {
            "get": {
              "summary": "List hooks", "description": "Lists the hooks.", "operationId": "ListHooks",
              "responses": { "200": { "description": "OK" } }
            }
          },
          "/hooks/events": {
            "x-ms-notification-content": {
              "schema": { "type": "object", "properties": { "id": { "type": "string", "description": "Event ID" } } },
              "headers": { "Content-Type": { "type": "string", "description": "Content-Type" } },
              "description": "An event"
            }
          }
        }
        """;

    [Fact]
    public void A_path_of_only_notification_content_imports_as_a_notification_path()
    {
        using var folder = new ConnectorFolder("NotificationPath", Samples.Swagger(Paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("\npaths:", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("xtensions", yaml, StringComparison.Ordinal);
        Assert.Contains(
            "notifications:\n  /hooks/events:\n    description: An event\n    payload:\n      type: object\n",
            yaml,
            StringComparison.Ordinal);
        Assert.Contains("    headers:\n      Content-Type:\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_the_notification_path_cannot_say_stays_a_raw_path()
    {
        var paths = Paths.Replace("\"description\": \"An event\"", "\"parameters\": []", StringComparison.Ordinal);
        using var folder = new ConnectorFolder("NotificationPathRaw", Samples.Swagger(paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("notifications:", yaml, StringComparison.Ordinal);
        Assert.Contains("\npaths:\n  /hooks/events:\n", yaml, StringComparison.Ordinal);
    }
}
