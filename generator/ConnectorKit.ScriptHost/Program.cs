using ConnectorKit.ScriptHost.Execution;
using ConnectorKit.ScriptHost.Protocol;

// Standard input and output carry the protocol; what the script prints to the console becomes log lines instead.
var channel = new MessageChannel(Console.OpenStandardInput(), Console.OpenStandardOutput());
Console.SetOut(new ConsoleLogWriter(channel, "Information"));
Console.SetError(new ConsoleLogWriter(channel, "Error"));
Console.SetIn(TextReader.Null);
await new WorkerLoop(channel).RunAsync().ConfigureAwait(false);
