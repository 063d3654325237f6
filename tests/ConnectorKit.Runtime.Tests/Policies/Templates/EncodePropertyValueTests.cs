using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class EncodePropertyValueTests
{
    [Fact]
    public async Task Encodes_the_value_as_base64_of_its_utf8_bytes()
    {
        var harness = new PolicyHarness();
        harness.RequestJson("""{"file":{"content":"héllo"}}""");
        await harness.ApplyAsync(Build("encodepropertyvalue", With(("propertyParentPath", "@body().file"), ("propertySubPath", "content"), ("newPropertyPath", "@item().contentBase64"))));

        JsonEqual("""{"file":{"content":"héllo","contentBase64":"aMOpbGxv"}}""", harness.Request.Body.ReadJson());
    }
}
