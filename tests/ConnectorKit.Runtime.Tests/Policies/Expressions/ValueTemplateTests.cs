using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Connections;
using ConnectorKit.Runtime.Messages;
using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Tests.Policies.Expressions;

public sealed class ValueTemplateTests
{
    private static ExpressionScope Scope(JsonNode? body = null, JsonNode? item = null)
    {
        var request = new RuntimeRequest { Method = "POST", BaseUrl = new Uri("https://api.example.com"), Path = "/x" };
        request.Headers.Set("test", "foo");
        request.SetQuery("domain", "pqr");
        return new ExpressionScope
        {
            Connection = new ConnectionValues(new Dictionary<string, string> { ["cat"] = "bar", ["token:tenant"] = "t1" }, new HashSet<string>()),
            Headers = request.Headers,
            Request = request,
            Body = () => body,
            Item = item,
            ParameterValues = new Dictionary<string, string> { ["id"] = "a/b" },
            OriginalMethod = "POST",
        };
    }

    [Theory]
    [InlineData("@connectionParameters('cat')", "bar")]
    [InlineData("@connectionParameters(\u2018cat\u2019)", "bar")]
    [InlineData("@connectionParameters('dog', 'default')", "default")]
    [InlineData("@connectionParameters('token:tenant')", "t1")]
    [InlineData("x-@headers('test')-@header('test')", "x-foo-foo")]
    [InlineData("@queryParameters('domain')@connectionParameters('cat')", "pqrbar")]
    [InlineData("@Request.OriginalHTTPMethod", "POST")]
    [InlineData("someone@example.com", "someone@example.com")]
    [InlineData("{id} and {unknown}", "a/b and {unknown}")]
    public void Text_forms(string template, string expected) =>
        Assert.Equal(expected, ValueTemplate.Parse(template).EvaluateText(Scope(), encodeForUrl: false));

    [Fact]
    public void Body_paths_take_properties_indexes_and_quoted_names_and_every_interpolation_form()
    {
        var body = JsonNode.Parse("""{"value":[{"TripId":7,"tags":["a"]}],"@odata.count":1}""");
        var scope = Scope(body);

        Assert.Equal("7", ValueTemplate.Parse("@body().value[0].TripId").Evaluate(scope)!.ToJsonString());
        Assert.Equal("TripId gt 7", ValueTemplate.Parse("TripId gt @{body().value[0].TripId}").EvaluateText(scope, false));
        Assert.Equal("1-a", ValueTemplate.Parse("{@body()['@odata.count']}-{@body().value[0].tags[0]}").EvaluateText(scope, false));
        Assert.Equal("""{"TripId":7,"tags":["a"]}""", ValueTemplate.Parse("@body().value[0]").EvaluateText(scope, false));
    }

    [Fact]
    public void Missing_values_are_empty_and_noted_and_url_use_encodes_each_value()
    {
        var scope = Scope(item: JsonNode.Parse("""{"n":"x y"}"""));

        Assert.Equal("/", ValueTemplate.Parse("/@connectionParameters('absent')").EvaluateText(scope, false));
        Assert.Contains("@connectionParameters('absent')", scope.Missing);
        Assert.Equal("/x%20y/a%2Fb", ValueTemplate.Parse("/{@item().n}/{id}").EvaluateText(scope, encodeForUrl: true));
    }

    [Theory]
    [InlineData("@connectionParameters('open)", "never closed")]
    [InlineData("@connectionParameters()", "takes a name")]
    [InlineData("@{unknown()}", "known function")]
    [InlineData("@body().items[x]", "index or a quoted name")]
    public void Malformed_expressions_say_what_is_wrong(string template, string message)
    {
        var error = Assert.Throws<ExpressionException>(() => ValueTemplate.Parse(template));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
