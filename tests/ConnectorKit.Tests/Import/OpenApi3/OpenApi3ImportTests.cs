using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.Import.Sources;

namespace ConnectorKit.Tests.Import.OpenApi3;

/// <summary>
/// OpenAPI 3.0/3.1 documents of the tests' own: what Swagger 2.0 cannot say is a finding at its line and column, a
/// callback with its URL in the body becomes a typed webhook trigger, and the model still generates and validates.
/// </summary>
public sealed class OpenApi3ImportTests
{
    private const string Events = """
        openapi: 3.1.0
        info:
          title: Events
          version: "2.0"
          description: Subscribes to events.
        servers:
          - url: https://api.events.test/v2
          - url: https://eu.events.test/v2
        components:
          securitySchemes:
            token:
              type: http
              scheme: bearer
          schemas:
            Event:
              type: object
              properties:
                kind:
                  const: created
                size:
                  type: [integer, "null"]
                  exclusiveMinimum: 0
                target:
                  oneOf:
                    - type: string
                    - type: integer
        security:
          - token: []
        paths:
          /subscriptions:
            post:
              operationId: subscribe-to-events
              summary: When an event happens
              parameters:
                - name: session
                  in: cookie
                  schema: { type: string }
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        url: { type: string }
                        kind: { type: string }
              responses:
                "201":
                  description: Subscribed.
              callbacks:
                onEvent:
                  "{$request.body#/url}":
                    post:
                      requestBody:
                        content:
                          application/json:
                            schema:
                              $ref: "#/components/schemas/Event"
                      responses:
                        "200":
                          description: Received.
          /subscriptions/{id}:
            delete:
              operationId: unsubscribe
              summary: Delete a subscription
              parameters:
                - name: id
                  in: path
                  required: true
                  schema: { type: string }
              responses:
                "204":
                  description: Deleted.
        webhooks:
          ping:
            post:
              responses:
                "200":
                  description: Pong.
        """;

    [Fact]
    public void What_Swagger_2_cannot_say_is_a_finding_at_its_line_and_column()
    {
        using var model = ImportedModel.OfText("events.yaml", Events);
        Assert.True(model.Result.Succeeded, string.Join("\n", model.Findings));

        Assert.Equal((8, 5), At(model.Finding(DiagnosticCodes.ImportNotExpressible, "the server 'https://eu.events.test/v2' is left out")));
        Assert.Equal((24, 11), At(model.Finding(DiagnosticCodes.ImportNotExpressible, "has no 'oneOf'")));
        Assert.Equal((35, 11), At(model.Finding(DiagnosticCodes.ImportNotExpressible, "no cookie parameters; 'session' is left out")));
        Assert.Equal((75, 3), At(model.Finding(DiagnosticCodes.ImportNotExpressible, "the webhook 'ping' has no subscription operation")));
        Assert.Equal((11, 5), At(model.Finding(DiagnosticCodes.ImportDerived, "Swagger 2.0 has no bearer scheme")));
        Assert.All(model.Findings, d => Assert.Equal(model.Source, d.Position.File));
    }

    [Fact]
    public void A_callback_with_its_URL_in_the_body_becomes_a_typed_webhook_trigger()
    {
        using var model = ImportedModel.OfText("events.yaml", Events);

        var yaml = model.ConnectorYaml;
        Assert.Contains("triggers:\n  SubscribeToEvents:", yaml, StringComparison.Ordinal);
        Assert.Contains("unsubscribe: Unsubscribe", yaml, StringComparison.Ordinal);
        Assert.Contains("callbackProperty: url", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain(model.Findings, d => d.Code is "CK5001" or "CK5002");

        var generation = model.Generate();
        Assert.True(generation.Succeeded, string.Join("\n", generation.Diagnostics));
        Assert.DoesNotContain(model.Validate(), d => d.Severity == Severity.Error);
        var swagger = JsonNode.Parse(generation.Files.Single(f => f.RelativePath == "apiDefinition.swagger.json").Content)!;
        var @event = swagger["definitions"]!["Event"]!["properties"]!;
        Assert.Equal("""["created"]""", @event["kind"]!["enum"]!.ToJsonString());
        Assert.Equal("""{"type":"integer","x-nullable":true,"minimum":0,"exclusiveMinimum":true}""", @event["size"]!.ToJsonString());
        Assert.Equal("{}", @event["target"]!.ToJsonString());
        Assert.Equal("Authorization", swagger["securityDefinitions"]!["api_key"]!["name"]!.GetValue<string>());
        Assert.Equal("events.test", swagger["host"]!.GetValue<string>()[4..]);
    }

    [Fact]
    public void A_document_OpenAPI_NET_rejects_is_an_error_at_its_position_and_nothing_is_written()
    {
        using var model = ImportedModel.OfText("broken.json", """
            {
              "openapi": "3.0.3",
              "info": { "title": "Broken", "version": "1" },
              "paths": { "/a": { "get": { "responses": { "200": { "description": "ok" } }, "parameters": [ { "in": "query" } ] } } }
            }
            """);

        Assert.False(model.Result.Succeeded);
        Assert.Empty(model.Result.Files);
        var error = Assert.Single(model.Findings, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.ImportSourceInvalid, error.Descriptor);
        Assert.Equal(4, error.Position.Line);
    }

    [Fact]
    public void A_reference_to_another_file_is_not_followed()
    {
        using var model = ImportedModel.OfText("external.yaml", """
            openapi: 3.0.3
            info: { title: External, version: "1", description: Refers elsewhere. }
            servers: [{ url: "https://api.external.test" }]
            paths:
              /items:
                get:
                  operationId: ListItems
                  summary: List items
                  responses:
                    "200":
                      description: Items.
                      content:
                        application/json:
                          schema: { $ref: "other.yaml#/Item" }
            """);

        Assert.True(model.Result.Succeeded, string.Join("\n", model.Findings));
        Assert.Equal(14, model.Finding(DiagnosticCodes.ImportNotExpressible, "is outside this document and is not followed").Position.Line);
    }

    [Fact]
    public void An_oauth2_authorization_code_flow_keeps_its_scopes_and_their_descriptions()
    {
        using var model = ImportedModel.OfText("oauth.yaml", """
            openapi: 3.0.3
            info: { title: Signed, version: "1", description: Signs in. }
            servers: [{ url: "https://api.signed.test" }]
            components:
              securitySchemes:
                signIn:
                  type: oauth2
                  flows:
                    authorizationCode:
                      authorizationUrl: https://login.signed.test/authorize
                      tokenUrl: https://login.signed.test/token
                      scopes: { read: Read your items, write: Change your items }
            security: [{ signIn: [read] }]
            paths:
              /items:
                get:
                  operationId: ListItems
                  summary: List items
                  responses: { "200": { description: Items. } }
            """);
        Assert.True(model.Result.Succeeded, string.Join("\n", model.Findings));

        var generation = model.Generate();
        Assert.True(generation.Succeeded, string.Join("\n", generation.Diagnostics));
        var swagger = JsonNode.Parse(generation.Files.Single(f => f.RelativePath == "apiDefinition.swagger.json").Content)!;
        var properties = JsonNode.Parse(generation.Files.Single(f => f.RelativePath == "apiProperties.json").Content)!;
        Assert.Equal(
            """{"read":"Read your items","write":"Change your items"}""",
            swagger["securityDefinitions"]!["oauth2-auth"]!["scopes"]!.ToJsonString());
        Assert.Equal("""["read","write"]""", properties["properties"]!["connectionParameters"]!["token"]!["oAuthSettings"]!["scopes"]!.ToJsonString());
    }

    private static (int Line, int Column) At(Diagnostic diagnostic) => (diagnostic.Position.Line, diagnostic.Position.Column);
}
