using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Messages;
using ConnectorKit.Runtime.Parameters;
using ConnectorKit.Runtime.Tests.TestSupport;

namespace ConnectorKit.Runtime.Tests.Parameters;

public sealed class ParameterCheckerTests
{
    private static OperationParameter Parameter(string name, string location, string type = "string", bool required = false, JsonObject? extra = null) =>
        new(name, location, TestConnector.Parameter(name, location, type, required, extra));

    private static RuntimeRequest Request() => new() { Method = "GET", BaseUrl = new Uri("https://api.example.com"), Path = "/x" };

    [Fact]
    public void Required_types_and_enums_are_checked_for_query_and_header_values()
    {
        var request = Request();
        request.SetQuery("top", "ten");
        request.SetQuery("kind", "film");
        var check = ParameterChecker.Check(
        [
            Parameter("top", "query", "integer"),
            Parameter("kind", "query", extra: new JsonObject { ["enum"] = new JsonArray("book", "song") }),
            Parameter("flag", "header", "boolean", required: true),
            Parameter("ids", "query", "array", extra: new JsonObject { ["items"] = new JsonObject { ["type"] = "integer" } }),
        ], new Dictionary<string, string>(), request);

        Assert.Equal(3, check.Problems.Count);
        Assert.Contains(check.Problems, p => p.Contains("'top' must be of type integer", StringComparison.Ordinal));
        Assert.Contains(check.Problems, p => p.Contains("'kind' must be one of book, song", StringComparison.Ordinal));
        Assert.Contains(check.Problems, p => p.Contains("header parameter 'flag' is required", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_required_value_with_a_default_gets_the_default()
    {
        var request = Request();
        var check = ParameterChecker.Check([Parameter("$orderby", "query", required: true, extra: new JsonObject { ["default"] = "TripId desc" })], new Dictionary<string, string>(), request);

        Assert.Empty(check.Problems);
        Assert.Equal("TripId desc", request.QueryValue("$orderby"));
        Assert.Single(check.Notes);
    }

    [Fact]
    public void Path_values_are_decoded_as_their_url_encoding_says()
    {
        var single = Parameter("name", "path");
        var twice = Parameter("folder", "path", extra: new JsonObject { ["x-ms-url-encoding"] = "double" });

        var good = ParameterChecker.Check([single, twice], new Dictionary<string, string> { ["name"] = "a%20b", ["folder"] = "x%252Fy" }, Request());
        Assert.Empty(good.Problems);
        Assert.Equal("a b", good.PathValues["name"]);
        Assert.Equal("x/y", good.PathValues["folder"]);

        var once = ParameterChecker.Check([twice], new Dictionary<string, string> { ["folder"] = "x%2Fy" }, Request());
        Assert.Contains(once.Problems, p => p.Contains("encoded once: encode the value twice", StringComparison.Ordinal));
    }

    [Fact]
    public void A_required_body_must_be_there_and_be_json()
    {
        var body = new OperationParameter("body", "body", new JsonObject { ["name"] = "body", ["in"] = "body", ["required"] = true, ["schema"] = new JsonObject() });
        Assert.Contains(ParameterChecker.Check([body], new Dictionary<string, string>(), Request()).Problems, p => p.Contains("required and the request has none", StringComparison.Ordinal));

        var request = Request();
        request.Body.Set(Encoding.UTF8.GetBytes("{not json"));
        Assert.Contains(ParameterChecker.Check([body], new Dictionary<string, string>(), request).Problems, p => p.Contains("not valid JSON", StringComparison.Ordinal));
    }
}
