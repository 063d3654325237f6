using System.Diagnostics;
using ConnectorKit.ScriptHost.Protocol;
using Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;

namespace ConnectorKit.Runtime.Scripting;

/// <summary>
/// One script-host worker process: started with an empty environment (no variable of the runtime, connection secrets
/// included, reaches it; only a heap limit is set) in an empty working folder of its own, given the compiled script,
/// then run once per call. The runtime kills it (with any process it started) when a script overruns its limit.
/// </summary>
internal sealed class ScriptWorker : IAsyncDisposable
{
    /// <summary>The most memory a worker's garbage-collected heap may take (512 MB): a script that hoards memory fails alone.</summary>
    private const string HeapHardLimit = "0x20000000";

    private readonly Process _process;
    private readonly MessageChannel _channel;
    private readonly string _folder;
    private readonly Task _reader;
    private TaskCompletionSource<WorkerMessage> _reply = NewReply();
    private Func<WorkerMessage, Task>? _onSend;

    private ScriptWorker(Process process, string folder, Action<string, string> log)
    {
        _process = process;
        _folder = folder;
        Log = log;
        _channel = new MessageChannel(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        _reader = Task.Run(ReadAsync);
        _ = Task.Run(ReadErrorsAsync);
    }

    /// <summary>The worker is gone or unusable and must not run another script.</summary>
    public bool Broken { get; private set; }

    /// <summary>Where the script's log lines (level, text) and the worker's own error output go; the pool points it at the current call.</summary>
    public Action<string, string> Log { get; set; }

    /// <summary>Starts a worker and loads the script into it.</summary>
    public static async Task<ScriptWorker> StartAsync(CompiledScript script, Action<string, string> log, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("ck-script-").FullName;
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(ScriptBase).Assembly.Location);
        start.Environment.Clear();
        start.Environment["DOTNET_GCHeapHardLimit"] = HeapHardLimit;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The script host could not be started.");
        var worker = new ScriptWorker(process, folder, log);
        try
        {
            var loaded = await worker.RequestAsync(new WorkerMessage { Kind = WorkerMessageKind.Load, Assembly = script.Image, ScriptClass = script.ClassName }, cancellationToken).ConfigureAwait(false);
            if (loaded.Kind != WorkerMessageKind.Loaded)
            {
                throw new ScriptHostGoneException("The script host could not load the script: " + loaded.Text);
            }

            return worker;
        }
        catch
        {
            await worker.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs the script once. <paramref name="onSend"/> answers its backend calls; the limit's token kills the worker.</summary>
    public async Task<ScriptOutcome> InvokeAsync(WorkerMessage invocation, Func<WorkerMessage, Task<WorkerMessage>> onSend, TimeSpan limit, CancellationToken callerGone)
    {
        _onSend = async send => await _channel.WriteAsync(await onSend(send).ConfigureAwait(false)).ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(limit);
        using var cancelOnCallerGone = callerGone.Register(() => _ = _channel.WriteAsync(new WorkerMessage { Kind = WorkerMessageKind.Cancel }));
        try
        {
            var reply = await RequestAsync(invocation, timeout.Token).ConfigureAwait(false);
            return reply.Kind switch
            {
                WorkerMessageKind.Result when reply.Response is { } response => new ScriptOutcome.Completed(response),
                WorkerMessageKind.Failed => new ScriptOutcome.Threw(reply.Text ?? "The script failed."),
                _ => new ScriptOutcome.Crashed($"The script host answered {reply.Kind} to a call."),
            };
        }
        catch (ScriptHostGoneException gone)
        {
            Kill();
            return new ScriptOutcome.Crashed(gone.Message);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Kill();
            return new ScriptOutcome.TimedOut(limit);
        }
        finally
        {
            _onSend = null;
        }
    }

    public void Kill()
    {
        Broken = true;
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Broken = true;
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The worker is already gone.
        }

        if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            Kill();
        }

        await _reader.ConfigureAwait(false);
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file the script left open; the temporary folder is cleaned by the system later.
        }
    }

    private static TaskCompletionSource<WorkerMessage> NewReply() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task<WorkerMessage> RequestAsync(WorkerMessage message, CancellationToken cancellationToken)
    {
        _reply = NewReply();
        await _channel.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        return await _reply.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ReadAsync()
    {
        try
        {
            while (await _channel.ReadAsync().ConfigureAwait(false) is { } message)
            {
                switch (message.Kind)
                {
                    case WorkerMessageKind.Log:
                        Log(message.Level ?? "Information", message.Text ?? string.Empty);
                        break;
                    case WorkerMessageKind.Send when _onSend is { } onSend:
                        _ = onSend(message);
                        break;
                    default:
                        _reply.TrySetResult(message);
                        break;
                }
            }

            Fail("The script host stopped.");
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or System.Text.Json.JsonException or ObjectDisposedException)
        {
            Fail("The script host broke the protocol: " + exception.Message);
        }
    }

    private void Fail(string reason)
    {
        Broken = true;
        _reply.TrySetException(new ScriptHostGoneException(reason));
    }

    private async Task ReadErrorsAsync()
    {
        while (await _process.StandardError.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            Log("Error", line);
        }
    }
}

/// <summary>The worker process ended or broke the protocol.</summary>
internal sealed class ScriptHostGoneException(string message) : Exception(message);
