using CustomerInsights.Client.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerInsights.Client.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AddCustomerInsightsClient_registers_a_typed_client_with_its_options()
    {
        var handler = new FakeHandler().RespondJson("[]");
        var services = new ServiceCollection();
        services.AddCustomerInsightsClient(options =>
            {
                options.Endpoint = new Uri("https://emulator.test/v1/");
                options.SubscriptionKey = "di-key";
                options.AccessTokenProvider = _ => ValueTask.FromResult("di-token");
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<CustomerInsightsClient>();
        await client.ListSegmentsAsync("inst", ClientFixture.Token);

        var request = handler.Single;
        Assert.Equal("https://emulator.test/v1/instances/inst/manage/segments", request.Uri.AbsoluteUri);
        Assert.Equal("di-key", request.Header("Ocp-Apim-Subscription-Key"));
        Assert.Equal("Bearer di-token", request.Header("Authorization"));
    }
}
