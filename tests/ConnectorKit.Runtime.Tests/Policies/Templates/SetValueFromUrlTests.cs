using System.Text;
using ConnectorKit.Runtime.Messages;
using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class SetValueFromUrlTests
{
    [Fact]
    public async Task Sets_a_header_from_a_value_of_another_backend_call()
    {
        var harness = new PolicyHarness();
        harness.PathValues["id"] = "42";
        harness.Request.Headers.Set("Authorization", "Bearer t");
        harness.Backend.Answer = Answer(200, """{"peopleObject":{"location":"USA"}}""");
        await harness.ApplyAsync(Build("setvaluefromurl", With(("parameterTemplate", "@headers('location')"), ("httpMethod", "GET"),
            ("parameterValueUrl", "/v1.0/tasks/{id}/foo"), ("parameterValuePathTemplate", "@body().peopleObject.location"))));

        var call = Assert.Single(harness.Backend.Sent);
        Assert.Equal("https://api.example.com/api/v1.0/tasks/42/foo", call.Address.AbsoluteUri);
        Assert.Equal("Bearer t", call.Headers.Get("Authorization"));
        Assert.Equal("USA", harness.Request.Headers.Get("location"));
    }

    [Fact]
    public async Task Sets_a_query_parameter_and_leaves_the_request_alone_when_the_call_fails()
    {
        var harness = new PolicyHarness();
        harness.Backend.Answer = Answer(200, """{"access_token":"page-token"}""");
        var policy = Build("setvaluefromurl", With(("parameterTemplate", "@queryParameters('access_token')"),
            ("parameterValueUrl", "/me?fields=access_token"), ("parameterValuePathTemplate", "@body().access_token")));
        await harness.ApplyAsync(policy);
        Assert.Equal("page-token", harness.Request.QueryValue("access_token"));
        Assert.Equal("fields=access_token", harness.Backend.Sent[0].Address.Query.TrimStart('?'));

        var failing = new PolicyHarness();
        failing.Backend.Answer = Answer(404, "{}");
        await failing.ApplyAsync(policy);
        Assert.Null(failing.Request.QueryValue("access_token"));
        Assert.Contains(failing.Changes, c => c.Contains("answered 404", StringComparison.Ordinal));
    }

    private static RuntimeResponse Answer(int status, string json)
    {
        var response = new RuntimeResponse { Status = status };
        response.Body.Set(Encoding.UTF8.GetBytes(json));
        return response;
    }
}
