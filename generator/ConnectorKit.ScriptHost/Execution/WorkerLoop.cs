using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using ConnectorKit.ScriptHost.Protocol;
using Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;

namespace ConnectorKit.ScriptHost.Execution;

/// <summary>
/// The worker's life: load the script the runtime sends, then run it once per invocation, answering its backend
/// calls from the runtime's replies, until the runtime closes standard input (or kills the process).
/// </summary>
internal sealed class WorkerLoop(MessageChannel channel)
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource<WorkerMessage>> _pendingSends = new();
    private ScriptLoadContext? _loadContext;
    private Type? _scriptType;
    private CancellationTokenSource? _running;

    public async Task RunAsync()
    {
        while (await channel.ReadAsync().ConfigureAwait(false) is { } message)
        {
            switch (message.Kind)
            {
                case WorkerMessageKind.Load:
                    await LoadAsync(message).ConfigureAwait(false);
                    break;
                case WorkerMessageKind.Invoke:
                    _running = new CancellationTokenSource();
                    _ = InvokeAsync(message, _running.Token);
                    break;
                case WorkerMessageKind.Cancel:
                    _running?.Cancel();
                    break;
                case WorkerMessageKind.SendResult when _pendingSends.TryGetValue(message.CallId, out var pending):
                    pending.TrySetResult(message);
                    break;
            }
        }

        _loadContext?.Unload();
    }

    private async Task LoadAsync(WorkerMessage message)
    {
        _loadContext?.Unload();
        _loadContext = new ScriptLoadContext();
        try
        {
            using var image = new MemoryStream(message.Assembly ?? []);
            var assembly = _loadContext.LoadFromStream(image);
            _scriptType = assembly.GetType(message.ScriptClass ?? "Script") is { IsAbstract: false } type && typeof(ScriptBase).IsAssignableFrom(type)
                ? type
                : throw new InvalidOperationException($"The script has no class {message.ScriptClass} : ScriptBase.");
            await channel.WriteAsync(new WorkerMessage { Kind = WorkerMessageKind.Loaded }).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is BadImageFormatException or InvalidOperationException or ReflectionTypeLoadException or FileLoadException)
        {
            await channel.WriteAsync(new WorkerMessage { Kind = WorkerMessageKind.Failed, Text = exception.Message }).ConfigureAwait(false);
        }
    }

    private async Task InvokeAsync(WorkerMessage invocation, CancellationToken cancellationToken)
    {
        WorkerMessage reply;
        try
        {
            var script = (ScriptBase)Activator.CreateInstance(_scriptType ?? throw new InvalidOperationException("No script is loaded."))!;
            script.Context = new WorkerScriptContext(channel, _pendingSends, invocation);
            script.CancellationToken = cancellationToken;
            using var response = await script.ExecuteAsync().ConfigureAwait(false)
                ?? throw new InvalidOperationException("ExecuteAsync returned no response.");
            reply = new WorkerMessage { Kind = WorkerMessageKind.Result, Response = await WireMessages.ToWireAsync(response, CancellationToken.None).ConfigureAwait(false) };
        }
        catch (Exception exception)
        {
            reply = new WorkerMessage { Kind = WorkerMessageKind.Failed, Text = Describe(exception) };
        }

        await channel.WriteAsync(reply).ConfigureAwait(false);
    }

    /// <summary>The exception's type and message, and where in script.csx it was thrown (the script's own frames only).</summary>
    private string Describe(Exception exception)
    {
        var frames = new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .Where(f => f.GetMethod()?.DeclaringType?.Assembly is { } assembly && _scriptType?.Assembly == assembly)
            .Select(f => f.GetFileName() is { } file && f.GetFileLineNumber() > 0
                ? $"{Path.GetFileName(file)}({f.GetFileLineNumber()},{f.GetFileColumnNumber()}) in {f.GetMethod()!.Name}"
                : $"in {f.GetMethod()!.Name}");
        var where = string.Join("; ", frames);
        return $"{exception.GetType().FullName}: {exception.Message}" + (where.Length > 0 ? $" at {where}" : string.Empty);
    }
}
