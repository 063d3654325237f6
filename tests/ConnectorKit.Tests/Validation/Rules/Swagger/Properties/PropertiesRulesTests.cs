using ConnectorKit.Tests.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Properties;

public sealed class PropertiesRulesTests
{
    public static TheoryData<string, string> Findings => new()
    {
        { "AdditionalPropertyNotAllowed", """
            {
              "paths": {
                "/items": { "get": { "x-ms-pageable": { "nextLinkName": "next", »"itemName": "value" } } }
              }
            }
            """ },
        { "AdditionalPropertyNotAllowedAdjacentToRef", """
            {
              "definitions": {
                "Order": { "type": "object", "properties": { "item": { "$ref": "#/definitions/Item", »"description": "The item." } } },
                "Item": { "type": "object" }
              }
            }
            """ },
        { "BasePathNotValid", """
            {
              »"basePath": "api/v1"
            }
            """ },
        { "BodyParameterPropertyNotValid", """
            {
              "parameters": {
                "body": { "name": "body", "in": "body", "schema": { "type": "object" }, »"type": "object" }
              }
            }
            """ },
        { "ConnectorMetadataPropertiesMissing", """
            {
              »"x-ms-connector-metadata": [
                { "propertyName": "Website", "propertyValue": "https://contoso.com" },
                { "propertyName": "Privacy policy", "propertyValue": "https://contoso.com/privacy" }
              ]
            }
            """ },
        { "ContactEmailNotValid", """
            {
              "info": {
                "contact": { »"email": "support at contoso" }
              }
            }
            """ },
        { "DefaultValueMustMatchType", """
            {
              "parameters": {
                "all": { "name": "all", "in": "query", "type": "boolean", »"default": "false" }
              }
            }
            """ },
        { "EnumMustContainAtLeastOneElement", """
            {
              "definitions": {
                "Status": { "type": "string", »"enum": [] }
              }
            }
            """ },
        { "ExtensionNameNotValid", """
            {
              "swagger": "2.0",
              »"basepath": "/api"
            }
            """ },
        { "FilterFunctionsPropertyEmpty", """
            {
              "definitions": {
                "Row": { "type": "string", "x-ms-capabilities": { »"filterFunctions": [] } }
              }
            }
            """ },
        { "FilterFunctionsPropertyHasDuplicates", """
            {
              "definitions": {
                "Row": { "type": "string", "x-ms-capabilities": { "filterFunctions": ["eq", »"eq"] } }
              }
            }
            """ },
        { "FilterFunctionsPropertyInInputSchema", """
            {
              "parameters": {
                "body": { "name": "body", "in": "body", "schema": { "type": "string", "x-ms-capabilities": { »"filterFunctions": ["eq"] } } }
              }
            }
            """ },
        { "FilterFunctionsPropertyInvalidValue", """
            {
              "definitions": {
                "Row": { "type": "string", "x-ms-capabilities": { "filterFunctions": ["eq", »"like"] } }
              }
            }
            """ },
        { "HostNameNotValid", """
            {
              »"host": "https://api.contoso.com/v1"
            }
            """ },
        { "InternalPropertyWithDefaultOptional", """
            {
              "definitions": {
                "Job": { "type": "object", "properties": { »"kind": { "type": "string", "x-ms-visibility": "internal", "default": "full" } } }
              }
            }
            """ },
        { "InvalidConnectorCategory", """
            {
              "x-ms-connector-metadata": [
                { "propertyName": "Categories", »"propertyValue": "Data;Games" }
              ]
            }
            """ },
        { "InvalidStringBinaryProperty", """
            {
              "parameters": {
                "body": { "name": "body", "in": "body", "schema": { "type": "object", "properties": { "file": { "type": "string", »"format": "binary" } } } }
              }
            }
            """ },
        { "JsonTypeIncorrect", """
            {
              "definitions": {
                "Item": { "type": "object", »"required": true }
              }
            }
            """ },
        { "JsonValueNotInEnum", """
            {
              "parameters": {
                "q": { "name": "q", "in": "query", "type": "string", »"x-ms-visibility": "Internal" }
              }
            }
            """ },
        { "MimeTypeNotValid", """
            {
              "produces": ["application/json", »"json"]
            }
            """ },
        { "MissingEnumValuesDisplayName", """
            {
              "definitions": {
                "Size": { "type": "string", "enum": ["s"], "x-ms-enum-values": [»{ "value": "s" }] }
              }
            }
            """ },
        { "MultipleOfMustBeGreaterThanZero", """
            {
              "definitions": {
                "Step": { "type": "number", »"multipleOf": 0 }
              }
            }
            """ },
        { "OneOfPropertiesRequired", """
            {
              "parameters": {
                "table": { "name": "table", "in": "query", "type": "string", »"x-ms-dynamic-values": { "value-path": "id" } }
              }
            }
            """ },
        { "PropertyMustBeRequired", """
            {
              "parameters": {
                »"mode": { "name": "mode", "in": "query", "type": "string", "x-ms-visibility": "internal", "default": "fast" }
              }
            }
            """ },
        { "RequiredPropertyDefinitionMissing", """
            {
              "definitions": {
                "Item": { "type": "object", "required": [»"name"], "properties": { "id": { "type": "string" } } }
              }
            }
            """ },
        { "RequiredPropertyMissing", """
            {
              "swagger": "2.0",
              "info": { "title": "Contoso", "version": "1.0" },
              "paths": {
                "/items": { "get": { "responses": { »"200": { "schema": { "type": "object" } } } } }
              }
            }
            """ },
        { "RequiredPropertyNotOnObject", """
            {
              "definitions": {
                "Names": { "type": "array", "items": { "type": "string" }, »"required": ["items"] }
              }
            }
            """ },
        { "RequiredReadOnlyPropertyNotAllowedAsInput", """
            {
              "parameters": {
                "body": { "name": "body", "in": "body", "schema": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string", »"readOnly": true } } } }
              }
            }
            """ },
        { "SchemeNotValid", """
            {
              "schemes": [»"ftp"]
            }
            """ },
        { "SecuritySchemePropertyNotValid", """
            {
              "securityDefinitions": {
                "basic": { "type": "basic", »"name": "Authorization" }
              }
            }
            """ },
        { "SecuritySchemePropertyRequired", """
            {
              "securityDefinitions": {
                »"key": { "type": "apiKey", "in": "header" }
              }
            }
            """ },
        { "SpecificationVersionIncorrect", """
            {
              »"swagger": "3.0"
            }
            """ },
        { "TagRedefined", """
            {
              "tags": [
                { "name": "Items" },
                »{ "name": "Items" }
              ]
            }
            """ },
        { "TooManyConnectorCategories", """
            {
              "x-ms-connector-metadata": [
                { "propertyName": "Categories", »"propertyValue": "Data;AI;Productivity" }
              ]
            }
            """ },
        { "UrlNotValid", """
            {
              "info": {
                "contact": { »"url": "www.contoso.com" }
              }
            }
            """ },
    };

    public static TheoryData<string, string> Clean => new()
    {
        { "AdditionalPropertyNotAllowed", """{ "paths": { "/items": { "get": { "x-ms-pageable": { "nextLinkName": "next" } } } } }""" },
        { "AdditionalPropertyNotAllowedAdjacentToRef", """{ "definitions": { "Order": { "properties": { "item": { "$ref": "#/definitions/Item" } } }, "Item": { "type": "object" } } }""" },
        { "BasePathNotValid", """{ "basePath": "/api/v1" }""" },
        { "BodyParameterPropertyNotValid", """{ "parameters": { "body": { "name": "body", "in": "body", "schema": { "type": "object" }, "x-ms-summary": "Body" } } }""" },
        { "ConnectorMetadataPropertiesMissing", """{ "x-ms-connector-metadata": [{ "propertyName": "Website", "propertyValue": "https://contoso.com" }, { "propertyName": "Privacy policy", "propertyValue": "https://contoso.com/privacy" }, { "propertyName": "Categories", "propertyValue": "Data" }] }""" },
        { "ContactEmailNotValid", """{ "info": { "contact": { "email": "support@contoso.com" } } }""" },
        { "DefaultValueMustMatchType", """{ "parameters": { "all": { "name": "all", "in": "query", "type": "boolean", "default": false }, "n": { "name": "n", "in": "query", "type": "number", "default": 5 } } }""" },
        { "EnumMustContainAtLeastOneElement", """{ "definitions": { "Status": { "type": "string", "enum": ["on"] } } }""" },
        { "ExtensionNameNotValid", """{ "swagger": "2.0", "basePath": "/api", "x-contoso": true, "definitions": { "A": { "type": "object", "x-nullable": true } } }""" },
        { "FilterFunctionsPropertyEmpty", """{ "definitions": { "Row": { "type": "string", "x-ms-capabilities": { "filterFunctions": ["eq"] } } } }""" },
        { "FilterFunctionsPropertyHasDuplicates", """{ "definitions": { "Row": { "type": "string", "x-ms-capabilities": { "filterFunctions": ["eq", "ne"] } } } }""" },
        { "FilterFunctionsPropertyInInputSchema", """{ "paths": { "/r": { "get": { "responses": { "200": { "description": "OK", "schema": { "type": "string", "x-ms-capabilities": { "filterFunctions": ["eq"] } } } } } } } }""" },
        { "FilterFunctionsPropertyInvalidValue", """{ "definitions": { "Row": { "type": "string", "x-ms-capabilities": { "filterFunctions": ["eq", "startswith"] } } } }""" },
        { "HostNameNotValid", """{ "host": "api.contoso.com:8443" }""" },
        { "InternalPropertyWithDefaultOptional", """{ "definitions": { "Job": { "type": "object", "required": ["kind"], "properties": { "kind": { "type": "string", "x-ms-visibility": "internal", "default": "full" } } } } }""" },
        { "InvalidConnectorCategory", """{ "x-ms-connector-metadata": [{ "propertyName": "Categories", "propertyValue": "Data;Sales and CRM" }] }""" },
        { "InvalidStringBinaryProperty", """{ "parameters": { "body": { "name": "body", "in": "body", "schema": { "type": "string", "format": "binary" } } } }""" },
        { "JsonTypeIncorrect", """{ "definitions": { "Item": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" } } } } }""" },
        { "JsonValueNotInEnum", """{ "parameters": { "q": { "name": "q", "in": "query", "type": "string", "x-ms-visibility": "internal" } } }""" },
        { "MimeTypeNotValid", """{ "produces": ["application/json", "text/plain; charset=utf-8", "application/*+json"] }""" },
        { "MissingEnumValuesDisplayName", """{ "definitions": { "Size": { "type": "string", "enum": ["s"], "x-ms-enum-values": [{ "value": "s", "displayName": "Small" }] } } }""" },
        { "MultipleOfMustBeGreaterThanZero", """{ "definitions": { "Step": { "type": "number", "multipleOf": 0.5 } } }""" },
        { "OneOfPropertiesRequired", """{ "parameters": { "table": { "name": "table", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetTables" } } } }""" },
        { "PropertyMustBeRequired", """{ "parameters": { "mode": { "name": "mode", "in": "query", "type": "string", "required": true, "x-ms-visibility": "internal", "default": "fast" } } }""" },
        { "JsonValueNotInEnum", """{ "paths": { "/items": { "get": { "x-ms-visibility": "", "parameters": [{ "name": "q", "in": "query", "type": "string", "x-ms-visibility": "" }] } } } }""" },
        { "RequiredPropertyDefinitionMissing", """{ "definitions": { "Item": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" } } } } }""" },
        { "RequiredPropertyMissing", """{ "swagger": "2.0", "info": { "title": "Contoso", "version": "1.0" }, "paths": { "/items": { "get": { "responses": { "200": { "description": "OK" } } } } } }""" },
        { "RequiredPropertyNotOnObject", """{ "definitions": { "Names": { "type": "array", "items": { "type": "string" } } } }""" },
        { "RequiredReadOnlyPropertyNotAllowedAsInput", """{ "parameters": { "body": { "name": "body", "in": "body", "schema": { "type": "object", "properties": { "id": { "type": "string", "readOnly": true } } } } } }""" },
        { "SchemeNotValid", """{ "schemes": ["https", "http"] }""" },
        { "SecuritySchemePropertyNotValid", """{ "securityDefinitions": { "basic": { "type": "basic", "description": "User and password." } } }""" },
        { "SecuritySchemePropertyRequired", """{ "securityDefinitions": { "key": { "type": "apiKey", "in": "header", "name": "X-Key" } } }""" },
        { "SpecificationVersionIncorrect", """{ "swagger": "2.0" }""" },
        { "TagRedefined", """{ "tags": [{ "name": "Items" }, { "name": "Orders" }] }""" },
        { "TooManyConnectorCategories", """{ "x-ms-connector-metadata": [{ "propertyName": "Categories", "propertyValue": "Data;AI" }] }""" },
        { "UrlNotValid", """{ "info": { "contact": { "url": "https://www.contoso.com" } } }""" },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void Reports_the_defect_at_its_key(string code, string swagger) => RuleRunner.AssertFindingAtMarker(code, swagger);

    [Theory]
    [MemberData(nameof(Clean))]
    public void Accepts_the_corrected_file(string code, string swagger) => RuleRunner.AssertClean(code, swagger);
}
