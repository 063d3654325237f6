using ConnectorKit.Checking;
using ConnectorKit.Diagnostics;
using Xunit;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

public class PolicyTemplateParameterCheckTests
{
    private readonly PolicyTemplateParameterCheck _check = new();

    [Fact]
    public void WarnsAboutAnUnknownTemplateWithAHint()
    {
        var model = Empty() with { Policies = [Policy("setheaders", """{"name":"a","value":"b"}""", 40)] };

        var diagnostic = Single(_check.Run(model), "CK2011", 40, 3);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.EndsWith("Did you mean 'setheader'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAParameterTheTemplateDoesNotHaveAtItsKey()
    {
        var policy = Policy("SetHeader", """{"name":"a","value":"b","existAction":"skip"}""", 40, ("/existAction", 44));

        var diagnostic = Single(_check.Run(Empty() with { Policies = [policy] }), "CK2012", 44, 9);
        Assert.EndsWith("Did you mean 'existsAction'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAMissingRequiredParameterAtTheParameters()
    {
        var policy = Policy("setqueryparameter", """{"name":"$top"}""", 40);

        var diagnostic = Single(_check.Run(Empty() with { Policies = [policy] }), "CK2013", 41, 5);
        Assert.Contains("'value'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAValueTheTemplateDoesNotAllow()
    {
        var policy = Policy("routerequesttoendpoint", """{"newPath":"/v2","httpMethod":"get"}""", 40, ("/httpMethod", 43));

        Single(_check.Run(Empty() with { Policies = [policy] }), "CK2020", 43, 9);
    }

    [Fact]
    public void TemplatesWithUndocumentedParametersAcceptAny()
    {
        var model = Empty() with { Policies = [Policy("MoveProperties", """{"anything":"goes"}""", 40)] };

        Assert.Empty(_check.Run(model));
    }
}
