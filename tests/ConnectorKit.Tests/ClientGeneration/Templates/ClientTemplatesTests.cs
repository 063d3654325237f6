using ConnectorKit.ClientGeneration.Templates;

namespace ConnectorKit.Tests.ClientGeneration.Templates;

public sealed class ClientTemplatesTests
{
    [Fact]
    public void Every_embedded_template_parses()
    {
        Assert.Equal(
            ["Client", "Enums", "Exception", "Json", "Models", "Notifications", "Options", "Project", "Request", "ServiceCollection", "StringValue", "Subscription", "Transport"],
            ClientTemplates.Names);
        Assert.All(ClientTemplates.Names, name => Assert.False(ClientTemplates.Get(name).HasErrors));
    }

    [Fact]
    public void A_template_is_parsed_once()
    {
        Assert.Same(ClientTemplates.Get("Client"), ClientTemplates.Get("Client"));
    }

    [Fact]
    public void A_missing_template_is_reported_by_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ClientTemplates.Get("NoSuchTemplate"));

        Assert.Contains("NoSuchTemplate", error.Message, StringComparison.Ordinal);
    }
}
