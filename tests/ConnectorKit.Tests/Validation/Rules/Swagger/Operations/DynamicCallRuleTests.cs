using ConnectorKit.Validation.Rules.Swagger.Operations;
using static ConnectorKit.Tests.Validation.Rules.Swagger.Operations.DynamicSwagger;
using static ConnectorKit.Tests.Validation.Rules.Swagger.Operations.OperationsSwagger;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Operations;

/// <summary>What dynamic extensions pass to the operation they invoke, and what they read from its response.</summary>
public sealed class DynamicCallRuleTests
{
    private const string BySite = "{ \"site\": { \"parameter\": \"site\" } }";

    [Fact]
    public void A_missing_collection_is_reported_at_its_path()
    {
        var rule = new InvokedOperationShouldProduceArray();
        AssertAt(rule, Calling(Values(BySite, "\"value-collection\": \"items\", \"value-path\": \"id\"")), "\"value-collection\"");
        AssertAt(rule, Calling(Values(BySite, "\"value-path\": \"id\"")), "\"x-ms-dynamic-values\"");
        AssertClean(rule, Calling(Values(BySite)));
    }

    [Fact]
    public void A_missing_item_property_is_reported_at_its_path()
    {
        var rule = new InvokedOperationShouldProduceProperty();
        AssertAt(rule, Calling(Values(BySite, "\"value-collection\": \"value\", \"value-path\": \"key\", \"value-title\": \"name\"")), "\"value-path\"");
        AssertClean(rule, Calling(Values(BySite)));
    }

    [Fact]
    public void An_unknown_operation_is_reported_at_its_id()
    {
        var rule = new OperationIdNotFound();
        AssertAt(rule, Calling(Values(BySite, operationId: "ListAll")), "\"operationId\": \"ListAll\"");
        AssertClean(rule, Calling(Values(BySite)));
    }

    [Fact]
    public void A_required_input_left_unfilled_is_reported_at_the_parameters()
    {
        var rule = new OperationMissingRequiredProperty();
        AssertAt(rule, Calling(Values("{ \"top\": 10 }")), "\"parameters\": { \"top\"");
        AssertClean(rule, Calling(Values(BySite)));
    }

    [Fact]
    public void Inputs_neither_operation_has_are_reported()
    {
        var rule = new OperationParameterNameNotFound();
        AssertAt(rule, Calling(Values("{ \"site\": { \"parameter\": \"site\" }, \"flavour\": \"x\" }")), "\"flavour\"");
        AssertAt(rule, Calling(Values("{ \"site\": { \"parameter\": \"nowhere\" } }")), "\"site\": { \"parameter\"");
        AssertAt(rule, Calling(List("{ \"site\": { \"parameterReference\": \"body/nothing\" } }")), "\"site\": { \"parameterReference\"");
        AssertClean(rule, Calling(Values("{ \"site\": { \"parameter\": \"title\" } }")));
        AssertClean(rule, Calling(List("{ \"site\": { \"parameterReference\": \"body/title\" } }")));
    }

    [Fact]
    public void A_required_input_filled_from_an_optional_one_is_reported()
    {
        var rule = new OperationParameterRequiredMismatch();
        AssertAt(rule, Calling(Values("{ \"site\": { \"parameter\": \"region\" } }")), "\"site\": { \"parameter\"");
        AssertClean(rule, Calling(Values(BySite)));
    }

    [Fact]
    public void An_input_filled_from_one_of_another_type_is_reported()
    {
        var rule = new OperationParameterTypeMismatch();
        AssertAt(rule, Calling(Values("{ \"site\": { \"parameter\": \"count\" } }")), "\"site\": { \"parameter\"");
        AssertClean(rule, Calling(Values("{ \"site\": { \"parameter\": \"site\" }, \"top\": { \"parameter\": \"count\" } }")));
    }

    [Fact]
    public void A_literal_of_another_type_is_reported()
    {
        var rule = new OperationParameterStaticTypeMismatch();
        AssertAt(rule, Calling(Values("{ \"site\": { \"parameter\": \"site\" }, \"top\": \"ten\" }")), "\"top\": \"ten\"");
        AssertClean(rule, Calling(List("{ \"site\": { \"value\": \"main\" }, \"top\": { \"value\": 10 } }")));
    }

    [Fact]
    public void A_name_that_is_both_a_parameter_and_a_body_path_is_reported()
    {
        var rule = new OperationParameterNameIsAmbiguous();
        const string slashed = "{ \"name\": \"body/title\", \"in\": \"header\", \"type\": \"string\" }";
        AssertAt(rule, Calling(List("{ \"site\": { \"parameterReference\": \"body/title\" } }"), slashed), "\"site\": { \"parameterReference\"");
        AssertClean(rule, Calling(List("{ \"site\": { \"parameterReference\": \"body/title\" } }")));
    }
}
