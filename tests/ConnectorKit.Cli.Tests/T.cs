namespace ConnectorKit.Cli.Tests; public class T { [Xunit.Fact] public void A() { } }
