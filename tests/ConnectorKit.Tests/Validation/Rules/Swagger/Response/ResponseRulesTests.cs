using ConnectorKit.Tests.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Response;

public sealed class ResponseRulesTests
{
    public static TheoryData<string, string> Findings => new()
    {
        { "BodyParameterSchemaRequired", """
            {
              "parameters": {
                »"body": { "name": "body", "in": "body" }
              }
            }
            """ },
        { "DefaultResponseHasSchema", """
            {
              "paths": {
                "/items": { "get": { "responses": { "default": { "description": "Error", »"schema": { "type": "object" } } } } }
              }
            }
            """ },
        { "InvalidCustomEditorExtensionDictionaryValue", """
            {
              "definitions": {
                "Tags": { "type": "string", »"x-ms-editor": "dictionary" }
              }
            }
            """ },
        { "JsonPointerNotValid", """
            {
              "definitions": {
                "Order": { "properties": { "item": { »"$ref": "#definitions/Item" } } }
              }
            }
            """ },
        { "NonBodyParameterSchemaNotValid", """
            {
              "parameters": {
                "q": { "name": "q", "in": "query", »"schema": { "type": "string" } }
              }
            }
            """ },
        { "RequiredLoopInSchemaNotAllowed", """
            {
              "definitions": {
                "Egg": { "type": "object", "allOf": [{ "required": ["yolk"], "properties": { "yolk": { »"$ref": "#/definitions/Egg" } } }] }
              }
            }
            """ },
        { "ResponseExampleMustBeProducedByOperation", """
            {
              "produces": ["application/json"],
              "paths": {
                "/items": { "get": { "responses": { "200": { "description": "OK", "examples": { »"text/plain": "ok" } } } } }
              }
            }
            """ },
        { "ResponseHeadersAreNotUnique", """
            {
              "paths": {
                "/items": { "get": { "responses": { "201": { "description": "Created", "headers": { "Location": { "type": "string" }, »"location": { "type": "string" } } } } } }
              }
            }
            """ },
        { "ResponseMustBeDefaultOrHttpStatusCode", """
            {
              "paths": {
                "/items": { "get": { "responses": { »"OK": { "description": "OK" } } } }
              }
            }
            """ },
        { "ResponseReferenceNotFound", """
            {
              "paths": {
                "/items": { "get": { "responses": { "404": { »"$ref": "#/responses/NotFound" } } } }
              }
            }
            """ },
        { "ResponseReferenceNotValid", """
            {
              "paths": {
                "/items": { "get": { "responses": { "404": { »"$ref": "#/definitions/NotFound" } } } }
              }
            }
            """ },
        { "SchemaDefinitionSetIncorrectly", """
            {
              "paths": {
                "/events": { »"get": { "operationId": "OnEvent", "x-ms-trigger": "batch", "responses": { "200": { "description": "OK" } } } }
              }
            }
            """ },
        { "SchemaReferenceNotFound", """
            {
              "definitions": {
                "Order": { "properties": { "item": { »"$ref": "#/definitions/Item" } } }
              }
            }
            """ },
        { "SchemaReferenceNotValid", """
            {
              "definitions": {
                "Order": { "properties": { "item": { »"$ref": "other.json#/definitions/Item" } } }
              }
            }
            """ },
        { "SchemaRefLoopNotAllowed", """
            {
              "definitions": {
                "Alias": { »"$ref": "#/definitions/Item" },
                "Item": { "type": "object" }
              }
            }
            """ },
        { "SchemaTypeFileNotValid", """
            {
              "definitions": {
                "Upload": { "type": "object", "properties": { "content": { »"type": "file" } } }
              }
            }
            """ },
        { "SchemeNotSupported", """
            {
              "schemes": ["https", »"wss"]
            }
            """ },
    };

    public static TheoryData<string, string> Clean => new()
    {
        { "BodyParameterSchemaRequired", """{ "parameters": { "body": { "name": "body", "in": "body", "schema": { "type": "object" } } } }""" },
        { "DefaultResponseHasSchema", """{ "paths": { "/items": { "get": { "responses": { "200": { "description": "OK", "schema": { "type": "object" } }, "default": { "description": "Error" } } } } } }""" },
        { "InvalidCustomEditorExtensionDictionaryValue", """{ "definitions": { "Tags": { "type": "object", "additionalProperties": { "type": "string" }, "x-ms-editor": "dictionary" } } }""" },
        { "JsonPointerNotValid", """{ "definitions": { "Order": { "properties": { "item": { "$ref": "#/definitions/Item" } } }, "Item": { "type": "object" } } }""" },
        { "NonBodyParameterSchemaNotValid", """{ "parameters": { "q": { "name": "q", "in": "query", "type": "string" } } }""" },
        { "RequiredLoopInSchemaNotAllowed", """{ "definitions": { "Node": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" }, "next": { "$ref": "#/definitions/Node" } } } } }""" },
        { "ResponseExampleMustBeProducedByOperation", """{ "produces": ["application/json"], "paths": { "/items": { "get": { "responses": { "200": { "description": "OK", "examples": { "application/json": {} } } } } } } }""" },
        { "ResponseHeadersAreNotUnique", """{ "paths": { "/items": { "get": { "responses": { "201": { "description": "Created", "headers": { "Location": { "type": "string" } } } } } } } }""" },
        { "ResponseMustBeDefaultOrHttpStatusCode", """{ "paths": { "/items": { "get": { "responses": { "200": { "description": "OK" }, "default": { "description": "Error" } } } } } }""" },
        { "ResponseReferenceNotFound", """{ "responses": { "NotFound": { "description": "Missing" } }, "paths": { "/items": { "get": { "responses": { "404": { "$ref": "#/responses/NotFound" } } } } } }""" },
        { "ResponseReferenceNotValid", """{ "responses": { "NotFound": { "description": "Missing" } }, "paths": { "/items": { "get": { "responses": { "404": { "$ref": "#/responses/NotFound" } } } } } }""" },
        { "SchemaDefinitionSetIncorrectly", """
            { "paths": { "/hooks": {
                "x-ms-notification-content": { "schema": { "type": "object" } },
                "post": { "operationId": "OnEvent", "x-ms-trigger": "single", "responses": { "201": { "description": "Created" } } } } } }
            """ },
        { "SchemaReferenceNotFound", """{ "definitions": { "Order": { "properties": { "item": { "$ref": "#/definitions/Item" } } }, "Item": { "type": "object" } } }""" },
        { "SchemaReferenceNotValid", """{ "definitions": { "Order": { "properties": { "item": { "$ref": "#/definitions/Item" } } }, "Item": { "type": "object" } } }""" },
        { "SchemaRefLoopNotAllowed", """{ "definitions": { "Item": { "type": "object" } } }""" },
        { "SchemaTypeFileNotValid", """{ "paths": { "/file": { "get": { "responses": { "200": { "description": "The file", "schema": { "type": "file" } } } } } } }""" },
        { "SchemeNotSupported", """{ "schemes": ["https"] }""" },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void Reports_the_defect_at_its_key(string code, string swagger) => RuleRunner.AssertFindingAtMarker(code, swagger);

    [Theory]
    [MemberData(nameof(Clean))]
    public void Accepts_the_corrected_file(string code, string swagger) => RuleRunner.AssertClean(code, swagger);
}
