using System.Net;
using System.Text.Json.Nodes;
using ConnectorKit.Cli;
using ConnectorKit.Triggers.Tests.TestSupport;

namespace ConnectorKit.Triggers.Tests;

/// <summary>
/// connectorkit trigger on a connector of the corpus, not only on ours: nps.today's NewResponse trigger nests its
/// filter (Filter.Include.campaignId), takes the callback in "Url" and has an internal "Model" with a default.
/// </summary>
public sealed class CorpusTriggerTests
{
    private const string Connector = "certified-connectors/nps.today";
    private const string SubscribePath = "/webhooks/subscriptions/responses";

    private static readonly JsonObject Response = JsonNode.Parse("""
        { "Id": 501, "Rating": 9, "Sender": 12, "RatingTime": "2026-11-30T10:00:00Z", "UserComment": "Quick delivery",
          "Respondent": { "Id": 77, "EmailAddress": "ana@example.com", "FirstName": "Ana", "Active": true } }
        """)!.AsObject();

    [Fact]
    public async Task SubscribesWithNestedFiltersAndDefaultsChecksTheNotificationAndUnsubscribes()
    {
        var folder = Repository.CorpusConnector(Connector);
        await using var service = await FakeWebhookService.StartAsync(SubscribePath, body => body["Url"]!.GetValue<string>(), [Response]);

        var run = await RunAsync(folder, service, "--param", "Filter.Include.campaignId=42", "--header", "api_key=secret-key", "--count", "1");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal(42, service.SubscribeBody!["Filter"]!["Include"]!["campaignId"]!.GetValue<int>());
        Assert.Equal("Response", service.SubscribeBody["Model"]!.GetValue<string>());
        Assert.StartsWith("http://127.0.0.1:", service.SubscribeBody["Url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("secret-key", service.SubscribeHeaders["api_key"]);
        Assert.Contains("notification 1: conforms to the x-ms-notification-content schema of NewResponse", run.Output, StringComparison.Ordinal);
        Assert.Equal(["secret-key"], service.DeleteApiKeys);
        Assert.Contains("unsubscribed: DELETE", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALocationOnAnotherHostIsDeletedWithoutTheCredentials()
    {
        var folder = Repository.CorpusConnector(Connector);
        await using var service = await FakeWebhookService.StartAsync(SubscribePath, body => body["Url"]!.GetValue<string>(), [Response], locationHost: "localhost");

        var run = await RunAsync(folder, service, "--header", "api_key=secret-key", "--count", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("is not on the endpoint's host", run.Output, StringComparison.Ordinal);
        Assert.Equal([null], service.DeleteApiKeys);
    }

    [Fact]
    public async Task ANotificationOfTheWrongShapeIsAnErrorWithItsPointer()
    {
        var folder = Repository.CorpusConnector(Connector);
        var wrong = (JsonObject)Response.DeepClone();
        wrong["Rating"] = "nine";
        wrong["Respondent"]!["Active"] = "yes";
        await using var service = await FakeWebhookService.StartAsync(SubscribePath, body => body["Url"]!.GetValue<string>(), [wrong]);

        var run = await RunAsync(folder, service, "--count", "1");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("error: notification 1 at /Rating: The value is a string; the schema expects an integer.", run.Output, StringComparison.Ordinal);
        Assert.Contains("error: notification 1 at /Respondent/Active: The value is a string; the schema expects a boolean.", run.Output, StringComparison.Ordinal);
        Assert.Single(service.Deleted);
    }

    [Fact]
    public async Task ASubscribeAnswerOtherThan201IsAnErrorAndStillDeletesWhatWasCreated()
    {
        var folder = Repository.CorpusConnector(Connector);
        await using var service = await FakeWebhookService.StartAsync(SubscribePath, body => body["Url"]!.GetValue<string>(), [], HttpStatusCode.OK);

        var run = await RunAsync(folder, service, "--count", "1");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("answered 200 OK; Power Automate needs 201 Created with a Location header", run.Output, StringComparison.Ordinal);
        Assert.Single(service.Deleted);
    }

    [Theory]
    [InlineData("NoSuchTrigger", "has no operation 'NoSuchTrigger'. Its webhook triggers: NewResponse, NewCampaignMember")]
    [InlineData("SendSurvey", "SendSurvey is an action, not a trigger")]
    public async Task AnOperationThatIsNoWebhookTriggerIsAUsageError(string operationId, string reason)
    {
        var folder = Repository.CorpusConnector(Connector);

        var run = await Task.Run(() => Run(folder, operationId, "http://127.0.0.1:9/", "--count", "1"), Repository.Token);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(reason, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownParameterNamesWhatTheTriggerTakes()
    {
        var folder = Repository.CorpusConnector(Connector);

        var run = await Task.Run(() => Run(folder, "NewResponse", "http://127.0.0.1:9/", "--param", "campaign=1"), Repository.Token);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("no parameter or body property 'campaign'. It takes: Filter, Filter.Include, Filter.Include.campaignId, Model, Content-Type", run.Output, StringComparison.Ordinal);
    }

    private static Task<CliRun> RunAsync(string folder, FakeWebhookService service, params string[] more) =>
        // The command blocks until its notifications arrive; the fake service runs on other threads meanwhile.
        Task.Run(() => Run(folder, "NewResponse", service.BaseAddress.ToString(), more), Repository.Token);

    private static CliRun Run(string folder, string operationId, string endpoint, params string[] more)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = CliApplication.Run(["trigger", folder, operationId, "--endpoint", endpoint, .. more], output, error, Repository.Root);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public sealed record CliRun(int ExitCode, string Output, string Error);
}
