using ConnectorKit.Tests.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Parameters;

public sealed class ParametersRulesTests
{
    public static TheoryData<string, string> Findings => new()
    {
        { "FileParameterMustBeInFormData", """
            {
              "parameters": {
                "file": { "name": "file", "in": "query", »"type": "file" }
              }
            }
            """ },
        { "ParameterListContainsFormDataAndBody", """
            {
              "paths": {
                "/upload": {
                  "post": {
                    "parameters": [
                      »{ "name": "body", "in": "body", "schema": { "type": "object" } },
                      { "name": "file", "in": "formData", "type": "file" }
                    ]
                  }
                }
              }
            }
            """ },
        { "ParameterReferenceNotFound", """
            {
              "parameters": {},
              "paths": {
                "/items": { "get": { "parameters": [{ »"$ref": "#/parameters/missing" }] } }
              }
            }
            """ },
        { "ParameterReferenceNotValid", """
            {
              "paths": {
                "/items": { "get": { "parameters": [{ »"$ref": "#/definitions/top" }] } }
              }
            }
            """ },
        { "ParameterRefLoopNotAllowed", """
            {
              "parameters": {
                "top": { »"$ref": "#/parameters/limit" },
                "limit": { "name": "limit", "in": "query", "type": "integer" }
              }
            }
            """ },
        { "ParamtersWithSameNameMustHaveSameTypeAndVisibility", """
            {
              "paths": {
                "/items": {
                  "get": {
                    "operationId": "OnNewItem",
                    "x-ms-notification": { "operationId": "Subscribe" },
                    "parameters": [»{ "name": "folder", "in": "query", "type": "integer" }]
                  }
                },
                "/hooks": {
                  "post": { "operationId": "Subscribe", "parameters": [{ "name": "folder", "in": "query", "type": "string" }] }
                }
              }
            }
            """ },
        { "PathParameterMissingEncoding", """
            {
              "parameters": {
                »"id": { "name": "id", "in": "path", "required": true, "type": "string" }
              }
            }
            """ },
        { "QueryParameterEncodingNotSupported", """
            {
              "parameters": {
                "q": { "name": "q", "in": "query", "type": "string", »"x-ms-url-encoding": "double" }
              }
            }
            """ },
        { "ResponseRefLoopNotAllowed", """
            {
              "responses": {
                "Error": { »"$ref": "#/responses/Problem" },
                "Problem": { "description": "Failed" }
              }
            }
            """ },
        { "SourcePropertyInternal", """
            {
              "paths": {
                "/rows": {
                  "get": {
                    "operationId": "GetRows",
                    "parameters": [
                      { "name": "site", "in": "query", "type": "string", "x-ms-visibility": "internal", "default": "x" },
                      {
                        "name": "table", "in": "query", "type": "string",
                        "x-ms-dynamic-values": { "operationId": "GetTables", "parameters": { "site": { »"parameter": "site" } } }
                      }
                    ]
                  }
                }
              }
            }
            """ },
    };

    public static TheoryData<string, string> Clean => new()
    {
        { "FileParameterMustBeInFormData", """{ "parameters": { "file": { "name": "file", "in": "formData", "type": "file" } } }""" },
        { "ParameterListContainsFormDataAndBody", """{ "paths": { "/upload": { "post": { "parameters": [{ "name": "file", "in": "formData", "type": "file" }] } } } }""" },
        { "ParameterReferenceNotFound", """{ "parameters": { "top": { "name": "top", "in": "query", "type": "integer" } }, "paths": { "/items": { "get": { "parameters": [{ "$ref": "#/parameters/top" }] } } } }""" },
        { "ParameterReferenceNotValid", """{ "parameters": { "top": { "name": "top", "in": "query", "type": "integer" } }, "paths": { "/items": { "get": { "parameters": [{ "$ref": "#/parameters/top" }] } } } }""" },
        { "ParameterRefLoopNotAllowed", """{ "parameters": { "limit": { "name": "limit", "in": "query", "type": "integer" } } }""" },
        { "ParamtersWithSameNameMustHaveSameTypeAndVisibility", """
            { "paths": {
                "/items": { "get": { "operationId": "OnNewItem", "x-ms-notification": { "operationId": "Subscribe" }, "parameters": [{ "name": "folder", "in": "query", "type": "string" }] } },
                "/hooks": { "post": { "operationId": "Subscribe", "parameters": [{ "name": "folder", "in": "query", "type": "string" }] } } } }
            """ },
        { "PathParameterMissingEncoding", """{ "parameters": { "id": { "name": "id", "in": "path", "required": true, "type": "string", "x-ms-url-encoding": "single" }, "n": { "name": "n", "in": "path", "required": true, "type": "integer" } } }""" },
        { "QueryParameterEncodingNotSupported", """{ "parameters": { "q": { "name": "q", "in": "query", "type": "string" } } }""" },
        { "ResponseRefLoopNotAllowed", """{ "responses": { "Problem": { "description": "Failed" } }, "paths": { "/a": { "get": { "responses": { "default": { "$ref": "#/responses/Problem" } } } } } }""" },
        { "SourcePropertyInternal", """
            { "paths": { "/rows": { "get": { "operationId": "GetRows", "parameters": [
                { "name": "site", "in": "query", "type": "string" },
                { "name": "table", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetTables", "parameters": { "site": { "parameter": "site" } } } } ] } } } }
            """ },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void Reports_the_defect_at_its_key(string code, string swagger) => RuleRunner.AssertFindingAtMarker(code, swagger);

    [Theory]
    [MemberData(nameof(Clean))]
    public void Accepts_the_corrected_file(string code, string swagger) => RuleRunner.AssertClean(code, swagger);
}
