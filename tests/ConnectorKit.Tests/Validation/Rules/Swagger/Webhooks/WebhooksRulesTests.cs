using ConnectorKit.Tests.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Webhooks;

public sealed class WebhooksRulesTests
{
    /// <summary>A webhook subscribe operation whose body holds the callback URL as described by <paramref name="callback"/>.</summary>
    private static string Subscribe(string callback, string bodyRequired = "true", string required = "[\"callback\"]") => $$"""
        {
          "paths": {
            "/hooks": {
              "post": {
                "operationId": "OnEvent",
                "x-ms-trigger": "single",
                "parameters": [
                  {
                    "name": "body", "in": "body", "required": {{bodyRequired}},
                    "schema": {
                      "type": "object", "required": {{required}},
                      "properties": {
                        "callback": { {{callback}} }
                      }
                    }
                  }
                ]
              }
            }
          }
        }
        """;

    public static TheoryData<string, string> Findings => new()
    {
        { "NotificationUrlNotAllowedInThisPosition", """
            {
              "paths": {
                "/items": { "get": { "responses": { "200": { "description": "OK", "schema": { "type": "string", »"x-ms-notification-url": true } } } } }
              }
            }
            """ },
        // Its fix adds 'x-ms-visibility' to the property, so it is reported at the property.
        { "NotificationUrlNotInternal", Subscribe("\"type\": \"string\", \"x-ms-notification-url\": true").Replace("\"callback\": {", "»\"callback\": {", StringComparison.Ordinal) },
        { "NotificationUrlNotRequired", Subscribe("\"type\": \"string\", \"x-ms-visibility\": \"internal\", »\"x-ms-notification-url\": true", required: "[]") },
        { "NotificationUrlNotString", Subscribe("»\"type\": \"object\", \"x-ms-visibility\": \"internal\", \"x-ms-notification-url\": true") },
    };

    public static TheoryData<string, string> Clean => new()
    {
        { "NotificationUrlNotAllowedInThisPosition", Subscribe("\"type\": \"string\", \"x-ms-visibility\": \"internal\", \"x-ms-notification-url\": true") },
        { "NotificationUrlNotInternal", Subscribe("\"type\": \"string\", \"x-ms-visibility\": \"internal\", \"x-ms-notification-url\": true") },
        { "NotificationUrlNotRequired", Subscribe("\"type\": \"string\", \"x-ms-visibility\": \"internal\", \"x-ms-notification-url\": true") },
        { "NotificationUrlNotString", Subscribe("\"type\": \"string\", \"x-ms-visibility\": \"internal\", \"x-ms-notification-url\": true") },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void Reports_the_defect_at_its_key(string code, string swagger) => RuleRunner.AssertFindingAtMarker(code, swagger);

    [Theory]
    [MemberData(nameof(Clean))]
    public void Accepts_the_corrected_file(string code, string swagger) => RuleRunner.AssertClean(code, swagger);

    [Fact]
    public void NotificationUrlNotRequired_leaves_the_body_parameter_flag_alone() =>
        RuleRunner.AssertClean("NotificationUrlNotRequired", Subscribe("\"type\": \"string\", \"x-ms-visibility\": \"internal\", \"x-ms-notification-url\": true", bodyRequired: "false"));
}
