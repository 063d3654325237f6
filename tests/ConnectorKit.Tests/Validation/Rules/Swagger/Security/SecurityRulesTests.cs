using ConnectorKit.Tests.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Security;

public sealed class SecurityRulesTests
{
    public static TheoryData<string, string> Findings => new()
    {
        { "OAuthSecurityRequirementValueMustBeScopeName", """
            {
              "securityDefinitions": {
                "oauth": { "type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://a", "tokenUrl": "https://t", "scopes": { "read": "Read" } }
              },
              "security": [{ "oauth": ["read", »"write"] }]
            }
            """ },
        { "SecurityRequirementMustBeDefined", """
            {
              "securityDefinitions": {},
              "security": [{ »"key": [] }]
            }
            """ },
        { "SecurityRequirementMustHaveEmptyValue", """
            {
              "securityDefinitions": { "key": { "type": "apiKey", "name": "X-Key", "in": "header" } },
              "security": [{ »"key": ["all"] }]
            }
            """ },
        { "SecurityRequirementMustHaveValue", """
            {
              "securityDefinitions": { "key": { "type": "apiKey", "name": "X-Key", "in": "header" } },
              "security": [{ »"key": null }]
            }
            """ },
    };

    public static TheoryData<string, string> Clean => new()
    {
        { "OAuthSecurityRequirementValueMustBeScopeName", """{ "securityDefinitions": { "oauth": { "type": "oauth2", "flow": "implicit", "authorizationUrl": "https://a", "scopes": { "read": "Read" } } }, "security": [{ "oauth": ["read"] }] }""" },
        { "SecurityRequirementMustBeDefined", """{ "securityDefinitions": { "key": { "type": "apiKey", "name": "X-Key", "in": "header" } }, "security": [{ "key": [] }] }""" },
        { "SecurityRequirementMustHaveEmptyValue", """{ "securityDefinitions": { "key": { "type": "apiKey", "name": "X-Key", "in": "header" } }, "security": [{ "key": [] }] }""" },
        { "SecurityRequirementMustHaveValue", """{ "securityDefinitions": { "key": { "type": "apiKey", "name": "X-Key", "in": "header" } }, "security": [{ "key": [] }] }""" },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void Reports_the_defect_at_its_key(string code, string swagger) => RuleRunner.AssertFindingAtMarker(code, swagger);

    [Theory]
    [MemberData(nameof(Clean))]
    public void Accepts_the_corrected_file(string code, string swagger) => RuleRunner.AssertClean(code, swagger);
}
