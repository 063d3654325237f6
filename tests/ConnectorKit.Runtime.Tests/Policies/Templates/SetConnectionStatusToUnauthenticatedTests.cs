using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class SetConnectionStatusToUnauthenticatedTests
{
    [Fact]
    public async Task Only_the_named_status_marks_the_connection()
    {
        var policy = Build("setconnectionstatustounauthenticated", With(("statusCode", "401")));
        var harness = new PolicyHarness();
        harness.Response.Status = 403;
        await harness.ApplyAsync(policy);
        Assert.Null(harness.State.UnauthenticatedBy);

        harness.Response.Status = 401;
        await harness.ApplyAsync(policy);
        Assert.Equal(401, harness.State.UnauthenticatedBy);
    }

    [Fact]
    public void The_status_must_be_an_http_status_code()
    {
        var (policy, diagnostics) = TryBuild("setconnectionstatustounauthenticated", With(("statusCode", "unauthorized")));

        Assert.Null(policy);
        Assert.Contains(diagnostics, d => d.Message.Contains("HTTP status code", StringComparison.Ordinal));
    }
}
