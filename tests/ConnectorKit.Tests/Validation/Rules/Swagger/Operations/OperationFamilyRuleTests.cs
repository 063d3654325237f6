using ConnectorKit.Validation.Rules.Swagger.Operations;
using static ConnectorKit.Tests.Validation.Rules.Swagger.Operations.OperationsSwagger;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Operations;

/// <summary>Operation families and revisions (<c>x-ms-api-annotation</c> family, revision, status).</summary>
public sealed class OperationFamilyRuleTests
{
    /// <summary>A document with one GET operation per entry, under /v1, /v2, ...</summary>
    private static string Family(params (string Id, string Annotation, bool Deprecated)[] members) => Document(
        string.Join(",\n", members.Select((m, i) =>
            $"    \"/v{i + 1}\": {{ \"get\": {{ \"operationId\": \"{m.Id}\",{(m.Deprecated ? " \"deprecated\": true," : string.Empty)} \"x-ms-api-annotation\": {m.Annotation}, {Ok} }} }}")));

    [Fact]
    public void Two_revisions_with_the_same_number_are_reported_at_the_second()
    {
        var rule = new OperationFamilyHasDuplicateRevisions();
        AssertAt(rule, Family(("Get", "{ \"family\": \"Get\", \"revision\": 1 }", true), ("Get_V2", "{ \"family\": \"Get\", \"revision\": 1 }", false)), "\"revision\"", 2);
        AssertClean(rule, Family(("Get", "{ \"family\": \"Get\", \"revision\": 1 }", true), ("Get_V2", "{ \"family\": \"Get\", \"revision\": 2 }", false)));
    }

    [Fact]
    public void A_third_active_operation_of_a_family_is_reported()
    {
        var rule = new OperationFamilyHasManyActiveOperations();
        (string, string, bool) Member(int revision, bool deprecated) =>
            ($"Get_V{revision}", $"{{ \"family\": \"Get\", \"revision\": {revision} }}", deprecated);
        AssertAt(rule, Family(Member(1, false), Member(2, false), Member(3, false)), "\"x-ms-api-annotation\"", 3);
        AssertClean(rule, Family(Member(1, true), Member(2, false), Member(3, false)));
    }

    [Fact]
    public void An_earlier_active_production_revision_is_reported()
    {
        var rule = new OperationFamilyHasManyActiveProductionOperations();
        (string, string, bool) Member(int revision, string status, bool deprecated) =>
            ($"Get_V{revision}", $"{{ \"family\": \"Get\", \"revision\": {revision}, \"status\": \"{status}\" }}", deprecated);
        AssertAt(rule, Family(Member(1, "Production", false), Member(2, "Production", false)), "\"x-ms-api-annotation\"");
        AssertClean(rule, Family(Member(1, "Production", true), Member(2, "Production", false)));
        AssertClean(rule, Family(Member(1, "Production", false), Member(2, "Preview", false)));
    }

    [Fact]
    public void A_second_operation_without_revision_is_reported()
    {
        var rule = new OperationFamilyHasManyEmptyRevisions();
        AssertAt(rule, Family(("Get", "{ \"family\": \"Get\" }", true), ("GetNew", "{ \"family\": \"Get\" }", false)), "\"x-ms-api-annotation\"", 2);
        AssertClean(rule, Family(("Get", "{ \"family\": \"Get\" }", true), ("Get_V2", "{ \"family\": \"Get\", \"revision\": 2 }", false)));
    }

    [Fact]
    public void A_family_member_without_revision_is_reported()
    {
        var rule = new OperationRevisionEmpty();
        AssertAt(rule, Family(("Get", "{ \"family\": \"Get\", \"status\": \"Preview\" }", false)), "\"x-ms-api-annotation\"");
        AssertClean(rule, Family(("Get", "{ \"family\": \"Get\", \"revision\": \"1\" }", false)));
        AssertClean(rule, Family(("Get", "{ \"status\": \"Preview\" }", false)));
    }

    [Fact]
    public void A_later_revision_whose_id_lacks_its_number_is_reported()
    {
        var rule = new OperationIdShouldEndWithRevision();
        AssertAt(rule, Family(("Get_V1", "{ \"family\": \"Get\", \"revision\": 2 }", false)), "\"operationId\"");
        AssertClean(rule, Family(("Get", "{ \"family\": \"Get\", \"revision\": 1 }", true), ("Get_V2", "{ \"family\": \"Get\", \"revision\": 2 }", false)));
    }

    [Fact]
    public void A_production_operation_of_a_preview_connector_is_reported()
    {
        var rule = new OperationStatusAheadOfConnector();
        const string production = "{ \"family\": \"Get\", \"revision\": 1, \"status\": \"Production\" }";
        AssertAt(rule, Family(("Get", production, false)).Replace(
            "\"version\": \"1.0\" }", "\"version\": \"1.0\", \"x-ms-api-annotation\": { \"status\": \"Preview\" } }", StringComparison.Ordinal), "\"status\"", 2);
        AssertClean(rule, Family(("Get", production, false)).Replace(
            "\"version\": \"1.0\" }", "\"version\": \"1.0\", \"x-ms-api-annotation\": { \"status\": \"Production\" } }", StringComparison.Ordinal));
    }
}
