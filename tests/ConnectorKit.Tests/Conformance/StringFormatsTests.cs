using ConnectorKit.Conformance;

namespace ConnectorKit.Tests.Conformance;

public sealed class StringFormatsTests
{
    [Theory]
    [InlineData("uuid", "3f2b9c1e-0d4a-4b7e-9a51-2c6d8e0f1a2b", true)]
    [InlineData("uuid", "3f2b9c1e0d4a4b7e9a512c6d8e0f1a2b", false)]
    [InlineData("date-time", "2026-11-30T01:10:02.123Z", true)]
    [InlineData("date-time", "2026-11-30T01:10:02+02:00", true)]
    [InlineData("date-time", "2026-11-30 01:10:02", false)]
    [InlineData("date-time", "2026-11-30T01:10:02", false)]
    [InlineData("date", "2026-11-30", true)]
    [InlineData("date", "2026-13-30", false)]
    [InlineData("email", "data-owners@contoso.com", true)]
    [InlineData("email", "Data Owners <data-owners@contoso.com>", false)]
    [InlineData("uri", "https://contoso.example/path", true)]
    [InlineData("uri", "/relative", false)]
    [InlineData("byte", "aGVsbG8=", true)]
    [InlineData("byte", "not base64!", false)]
    [InlineData("unknown-format", "anything", true)]
    public void FormatsAcceptWhatTheyNameOnly(string format, string value, bool expected) =>
        Assert.Equal(expected, StringFormats.Matches(format, value));
}
