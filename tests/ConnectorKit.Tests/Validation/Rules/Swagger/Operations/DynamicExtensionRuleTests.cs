using ConnectorKit.Validation.Rules.Swagger.Operations;
using static ConnectorKit.Tests.Validation.Rules.Swagger.Operations.DynamicSwagger;
using static ConnectorKit.Tests.Validation.Rules.Swagger.Operations.OperationsSwagger;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Operations;

/// <summary>Where dynamic extensions are written and which of them belong together.</summary>
public sealed class DynamicExtensionRuleTests
{
    private static string Schema(string parameters, string valuePath = "schema") =>
        $"\"x-ms-dynamic-schema\": {{ \"operationId\": \"ListLists\", \"parameters\": {parameters}, \"value-path\": \"{valuePath}\" }}";

    private static string Properties(string parameters, string itemValuePath = "schema") =>
        $"\"x-ms-dynamic-properties\": {{ \"operationId\": \"ListLists\", \"parameters\": {parameters}, \"itemValuePath\": \"{itemValuePath}\" }}";

    [Theory]
    [InlineData(typeof(DynamicListExtensionRequiredForAmbiguousReferences), "folder", true)]
    [InlineData(typeof(DynamicListExtensionRequiredForNonParameterReferences), "title", true)]
    [InlineData(typeof(DynamicPropertiesExtensionRequiredForAmbiguousReferences), "folder", false)]
    [InlineData(typeof(DynamicPropertiesExtensionRequiredForNonParameterReferences), "title", false)]
    public void A_bare_name_reference_needs_the_newer_extension(Type ruleType, string reference, bool values)
    {
        var rule = (ConnectorKit.Validation.IValidationRule)Activator.CreateInstance(ruleType)!;
        var legacy = $"{{ \"site\": {{ \"parameter\": \"{reference}\" }} }}";
        var modern = $"{{ \"site\": {{ \"parameterReference\": \"body/{reference}\" }} }}";
        var (older, newer) = values ? (Values(legacy), List(modern)) : (Schema(legacy), Properties(modern));
        AssertAt(rule, Calling(older), "\"parameter\": \"" + reference);
        AssertClean(rule, Calling(older + ", " + newer));
        AssertClean(rule, Calling(values ? Values("{ \"site\": { \"parameter\": \"site\" } }") : Schema("{ \"site\": { \"parameter\": \"site\" } }")));
    }

    [Fact]
    public void A_value_path_ending_at_properties_needs_dynamic_properties()
    {
        var rule = new DynamicPropertiesExtensionRequiredForPropertiesValuePath();
        const string bySite = "{ \"site\": { \"parameter\": \"site\" } }";
        AssertAt(rule, Calling(Schema(bySite, "schema/properties")), "\"value-path\"");
        AssertClean(rule, Calling(Schema(bySite, "schema/properties") + ", " + Properties("{ \"site\": { \"parameterReference\": \"site\" } }")));
    }

    [Fact]
    public void An_item_value_path_other_than_the_schema_object_is_reported()
    {
        var rule = new DynamicPropertiesItemValuePathMismatch();
        const string bySite = "{ \"site\": { \"parameter\": \"site\" } }";
        const string byReference = "{ \"site\": { \"parameterReference\": \"site\" } }";
        AssertAt(rule, Calling(Schema(bySite, "schema/properties") + ", " + Properties(byReference, "schema/properties")), "\"itemValuePath\"");
        AssertClean(rule, Calling(Schema(bySite, "schema/properties") + ", " + Properties(byReference, "schema")));
        AssertClean(rule, Calling(Schema(bySite, "schema") + ", " + Properties(byReference, "/schema")));
    }

    [Fact]
    public void A_dynamic_extension_on_a_body_parameter_is_reported()
    {
        var rule = new DynamicExtensionDefinitionNotAllowedInParameter();
        string Body(string parameterExtension, string schemaExtension) => Operation(
            $"        \"operationId\": \"AddItem\",\n        \"parameters\": [ {{ \"name\": \"body\", \"in\": \"body\",{parameterExtension} \"schema\": {{ \"type\": \"object\"{schemaExtension} }} }} ],\n        {Ok}", "post");
        const string extension = " \"x-ms-dynamic-schema\": { \"operationId\": \"GetSchema\", \"parameters\": { } }";
        AssertAt(rule, Body(extension + ",", string.Empty), "\"x-ms-dynamic-schema\"");
        AssertClean(rule, Body(string.Empty, "," + extension));
    }

    [Fact]
    public void A_file_picker_without_a_dynamic_tree_is_reported()
    {
        var rule = new DynamicTreeExtensionMissing();
        string Picker(string tree) => Operation(
            $"        \"operationId\": \"GetFile\",\n        \"parameters\": [ {{ \"name\": \"file\", \"in\": \"query\", \"type\": \"string\", \"x-ms-capabilities\": {{ \"file-picker\": {{ }} }}{tree} }} ],\n        {Ok}");
        AssertAt(rule, Picker(string.Empty), "\"x-ms-capabilities\"");
        AssertClean(rule, Picker(", \"x-ms-dynamic-tree\": { \"open\": { \"operationId\": \"GetFile\" } }"));
    }

    [Fact]
    public void A_selected_item_path_outside_browse_is_reported()
    {
        var rule = new SelectedItemValuePathNotAllowedInThisPosition();
        string Tree(string step) => Operation(
            $"        \"operationId\": \"GetFile\",\n        \"parameters\": [ {{ \"name\": \"file\", \"in\": \"query\", \"type\": \"string\",\n"
            + $"          \"x-ms-dynamic-tree\": {{ \"{step}\": {{ \"operationId\": \"GetFile\", \"parameters\": {{ \"file\": {{ \"selectedItemValuePath\": \"id\" }} }} }} }} }} ],\n        {Ok}");
        AssertAt(rule, Tree("open"), "\"selectedItemValuePath\"");
        AssertClean(rule, Tree("browse"));
    }
}
