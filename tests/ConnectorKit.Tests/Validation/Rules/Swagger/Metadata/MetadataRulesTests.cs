using ConnectorKit.Tests.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Metadata;

public sealed class MetadataRulesTests
{
    /// <summary>A definition with the given keywords, the marker before the first one.</summary>
    private static string Schema(string keywords) => $$"""
        {
          "definitions": {
            "Value": { {{keywords}} }
          }
        }
        """;

    private static string Info(string members) => $$"""
        {
          "info": { {{members}} }
        }
        """;

    public static TheoryData<string, string> Findings => new()
    {
        { "AllowEmptyValueOnlyValidForQueryFormData", """
            {
              "parameters": {
                "id": { "name": "id", "in": "header", "type": "string", »"allowEmptyValue": true }
              }
            }
            """ },
        { "DiscriminatorMustBeARequiredStringProperty", Schema("\"type\": \"object\", »\"discriminator\": \"kind\", \"properties\": { \"kind\": { \"type\": \"string\" } }") },
        { "ExclusiveMaximumRequiresMaximum", Schema("\"type\": \"integer\", »\"exclusiveMaximum\": true") },
        { "ExclusiveMinimumRequiresMinimum", Schema("\"type\": \"integer\", »\"exclusiveMinimum\": true") },
        { "FieldLengthExceeded", Info("»\"title\": \"Contoso Customer Relationship Suite\"") },
        { "FieldLengthNotInRange", Info("\"title\": \"Contoso\", »\"description\": \"Too short.\"") },
        { "MaxItemsMustBeGreaterThanOrEqualToZero", Schema("\"type\": \"array\", \"items\": {}, »\"maxItems\": -1") },
        { "MaxLengthMustBeGreaterThanOrEqualToZero", Schema("\"type\": \"string\", »\"maxLength\": -1") },
        { "MaxPropertiesMustBeGreaterThanOrEqualToZero", Schema("\"type\": \"object\", »\"maxProperties\": -2") },
        { "MinimumShouldBeLessThanOrEqualToMaximum", Schema("\"type\": \"number\", »\"minimum\": 5, \"maximum\": 1") },
        { "MinItemsMustBeGreaterThanOrEqualToZero", Schema("\"type\": \"array\", \"items\": {}, »\"minItems\": -1") },
        { "MinItemsShouldBeLessThanOrEqualToMaxItems", Schema("\"type\": \"array\", \"items\": {}, »\"minItems\": 3, \"maxItems\": 2") },
        { "MinLengthMustBeGreaterThanOrEqualToZero", Schema("\"type\": \"string\", »\"minLength\": -1") },
        { "MinLengthShouldBeLessThanOrEqualToMaxLength", Schema("\"type\": \"string\", »\"minLength\": 9, \"maxLength\": 8") },
        { "MinPropertiesMustBeGreaterThanOrEqualToZero", Schema("\"type\": \"object\", »\"minProperties\": -1") },
        { "PatternShouldBeValidRegularExpression", Schema("\"type\": \"string\", »\"pattern\": \"[a-z\"") },
        { "RequiredValueEmpty", Info("»\"title\": \" \", \"version\": \"1.0\"") },
        { "ValueContainsRestrictedWords", Info("»\"title\": \"Contoso API\"") },
        { "ValueMustBeInEnglish", Info("»\"title\": \"Контосо\"") },
        { "ValueMustEndWithAlphanumeric", Info("»\"title\": \"Contoso!\"") },
    };

    public static TheoryData<string, string> Clean => new()
    {
        { "AllowEmptyValueOnlyValidForQueryFormData", """{ "parameters": { "q": { "name": "q", "in": "query", "type": "string", "allowEmptyValue": true } } }""" },
        { "DiscriminatorMustBeARequiredStringProperty", Schema("\"type\": \"object\", \"discriminator\": \"kind\", \"required\": [\"kind\"], \"properties\": { \"kind\": { \"type\": \"string\" } }") },
        { "ExclusiveMaximumRequiresMaximum", Schema("\"type\": \"integer\", \"maximum\": 9, \"exclusiveMaximum\": true") },
        { "ExclusiveMinimumRequiresMinimum", Schema("\"type\": \"integer\", \"minimum\": 0, \"exclusiveMinimum\": true") },
        { "FieldLengthExceeded", Info("\"title\": \"Contoso Relationships\"") },
        { "FieldLengthNotInRange", Info("\"description\": \"Manage the customers and orders of a Contoso account.\"") },
        { "MaxItemsMustBeGreaterThanOrEqualToZero", Schema("\"type\": \"array\", \"items\": {}, \"maxItems\": 0") },
        { "MaxLengthMustBeGreaterThanOrEqualToZero", Schema("\"type\": \"string\", \"maxLength\": 10") },
        { "MaxPropertiesMustBeGreaterThanOrEqualToZero", Schema("\"type\": \"object\", \"maxProperties\": 2") },
        { "MinimumShouldBeLessThanOrEqualToMaximum", Schema("\"type\": \"number\", \"minimum\": 1, \"maximum\": 1") },
        { "MinItemsMustBeGreaterThanOrEqualToZero", Schema("\"type\": \"array\", \"items\": {}, \"minItems\": 0") },
        { "MinItemsShouldBeLessThanOrEqualToMaxItems", Schema("\"type\": \"array\", \"items\": {}, \"minItems\": 1, \"maxItems\": 2") },
        { "MinLengthMustBeGreaterThanOrEqualToZero", Schema("\"type\": \"string\", \"minLength\": 0") },
        { "MinLengthShouldBeLessThanOrEqualToMaxLength", Schema("\"type\": \"string\", \"minLength\": 1, \"maxLength\": 8") },
        { "MinPropertiesMustBeGreaterThanOrEqualToZero", Schema("\"type\": \"object\", \"minProperties\": 1") },
        { "PatternShouldBeValidRegularExpression", Schema("\"type\": \"string\", \"pattern\": \"^[a-z]+$\"") },
        { "RequiredValueEmpty", Info("\"title\": \"Contoso\", \"version\": \"1.0\"") },
        { "ValueContainsRestrictedWords", Info("\"title\": \"Contoso Rapid\"") },
        { "ValueMustBeInEnglish", Info("\"title\": \"Café Contoso\", \"description\": \"Orders – fast™\"") },
        { "ValueMustEndWithAlphanumeric", Info("\"title\": \"Contoso (Independent Publisher)\"") },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void Reports_the_defect_at_its_key(string code, string swagger) => RuleRunner.AssertFindingAtMarker(code, swagger);

    [Theory]
    [MemberData(nameof(Clean))]
    public void Accepts_the_corrected_file(string code, string swagger) => RuleRunner.AssertClean(code, swagger);
}
