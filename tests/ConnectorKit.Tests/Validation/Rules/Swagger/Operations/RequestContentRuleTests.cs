using ConnectorKit.Validation.Rules.Swagger.Operations;
using static ConnectorKit.Tests.Validation.Rules.Swagger.Operations.OperationsSwagger;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Operations;

/// <summary>Form data and the MIME types an operation consumes.</summary>
public sealed class RequestContentRuleTests
{
    private const string TextField = "{ \"name\": \"note\", \"in\": \"formData\", \"type\": \"string\" }";
    private const string FileField = "{ \"name\": \"file\", \"in\": \"formData\", \"type\": \"file\" }";

    private static string Form(string field, string? consumes) => Operation(
        $"        \"operationId\": \"Upload\",\n" + (consumes is null ? string.Empty : $"        \"consumes\": [ {consumes} ],\n")
        + $"        \"parameters\": [ {field} ],\n        {Ok}", "post");

    [Fact]
    public void Form_data_without_consumes_is_reported_at_the_operation_or_its_empty_consumes()
    {
        var rule = new ConsumesMissing();
        AssertAt(rule, Form(TextField, null), "\"post\"");
        AssertAt(rule, Form(TextField, string.Empty), "\"consumes\"");
        AssertClean(rule, Form(TextField, "\"multipart/form-data\""));
    }

    [Fact]
    public void Form_data_consuming_only_json_is_reported_at_consumes()
    {
        var rule = new MimeTypeNotCompatibleWithRequestContentSchemaType();
        AssertAt(rule, Form(TextField, "\"application/json\""), "\"consumes\"");
        AssertClean(rule, Form(TextField, "\"application/x-www-form-urlencoded; charset=utf-8\""));
        AssertClean(rule, Form(TextField, null));
    }

    [Fact]
    public void A_file_sent_url_encoded_is_reported_at_the_file_parameter()
    {
        var rule = new StringBinaryNotSupportedForFormUrlEncoded();
        AssertAt(rule, Form($"{TextField}, {FileField}", "\"application/x-www-form-urlencoded\""), FileField);
        AssertAt(rule, Form("{ \"name\": \"raw\", \"in\": \"formData\", \"type\": \"string\", \"format\": \"binary\" }", "\"application/x-www-form-urlencoded\""), "{ \"name\"");
        AssertClean(rule, Form(FileField, "\"multipart/form-data\""));
        AssertClean(rule, Form(TextField, "\"application/x-www-form-urlencoded\""));
    }
}
