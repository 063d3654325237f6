using ConnectorKit.Checking;
using ConnectorKit.Model;
using Xunit;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

public class ConnectionParameterReferenceCheckTests
{
    private readonly ConnectionParameterReferenceCheck _check = new();

    [Fact]
    public void ReportsAnUndefinedNameAtTheParameterValue()
    {
        var policy = Policy("setheader", """{"name":"X-Key","value":"@connectionParameters('subscriptionKy', '')"}""", 40, ("/value", 43));
        var model = Empty() with
        {
            ConnectionParameters = [new ConnectionParameterModel { Name = "subscriptionKey", Type = "securestring", Position = At(5) }],
            Policies = [policy],
        };

        var diagnostic = Single(_check.Run(model), "CK2017", 43, 9);
        Assert.EndsWith("Did you mean 'subscriptionKey'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LooksIntoNestedValues()
    {
        var policy = Policy("pollingtrigger", """{"triggerConfig":{"since":"@connectionParameters('start')"}}""", 40, ("/triggerConfig/since", 44));

        Single(_check.Run(Empty() with { Policies = [policy] }), "CK2017", 44, 9);
    }

    [Fact]
    public void AuthAndParameterSetNamesCountAsDefined()
    {
        var basic = new AuthModel { Kind = AuthKind.Basic, SecurityName = "basic_auth", ParameterName = "username", Position = At(10) };
        var oauth = new AuthModel { Kind = AuthKind.OAuth2, SecurityName = "oauth2-auth", ParameterName = "token", Position = At(20) };
        var sets = new ConnectionParameterSetsModel(
            "Authentication",
            null,
            [
                new ConnectionParameterSetModel("basic", null, null, basic, [new ConnectionParameterModel { Name = "host", Type = "string", Position = At(12) }], At(9)),
                new ConnectionParameterSetModel("oauth", null, null, oauth, [], At(19)),
            ],
            At(8));
        var value = "@connectionParameters('username')@connectionParameters('password')@connectionParameters('host')@connectionParameters('token')";
        var model = Empty() with { ConnectionParameterSets = sets, Policies = [Policy("dynamichosturl", $$"""{"urlTemplate":"{{value}}"}""", 40)] };

        Assert.Empty(_check.Run(model));
    }
}
