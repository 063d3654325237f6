using System.Text;
using ConnectorKit.ScriptHost.Protocol;

namespace ConnectorKit.ScriptHost.Execution;

/// <summary>
/// Replaces Console.Out and Console.Error in the worker: standard output carries the protocol, so what a script
/// prints becomes log lines of the runtime instead of corrupting it.
/// </summary>
internal sealed class ConsoleLogWriter(MessageChannel channel, string level) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_line)
        {
            if (value == '\n')
            {
                WorkerLogger.Send(channel, level, _line.ToString().TrimEnd('\r'));
                _line.Clear();
            }
            else
            {
                _line.Append(value);
            }
        }
    }
}
