using System.Collections.Concurrent;
using ConnectorKit.ScriptHost.Protocol;

namespace ConnectorKit.Runtime.Scripting;

/// <summary>
/// Runs a compiled script in worker processes, one call per worker at a time, at most <c>maxWorkers</c> at once (more
/// calls wait). A worker whose script overran the limit, crashed or broke the protocol is killed and replaced by a
/// fresh one on the next call; the runtime itself is never touched by a runaway script.
/// </summary>
public sealed class ScriptRunner : IAsyncDisposable
{
    private readonly CompiledScript _script;
    private readonly TimeSpan _limit;
    private readonly Action<string, string, string> _log;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<ScriptWorker> _idle = [];
    private readonly ConcurrentDictionary<ScriptWorker, byte> _all = new();

    /// <param name="log">Receives (correlation id, level, text) of each line a script logs.</param>
    public ScriptRunner(CompiledScript script, TimeSpan limit, int maxWorkers, Action<string, string, string> log)
    {
        _script = script;
        _limit = limit;
        _log = log;
        _slots = new SemaphoreSlim(Math.Max(1, maxWorkers));
    }

    public TimeSpan Limit => _limit;

    /// <summary>Starts one worker ahead of the first call, so that call does not wait for a process to start.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        _idle.Add(await StartWorkerAsync(cancellationToken).ConfigureAwait(false));
    }

    public async Task<ScriptOutcome> RunAsync(WorkerMessage invocation, Func<WorkerMessage, Task<WorkerMessage>> onSend, CancellationToken callerGone)
    {
        await _slots.WaitAsync(callerGone).ConfigureAwait(false);
        ScriptWorker? worker = null;
        try
        {
            worker = await TakeWorkerAsync(callerGone).ConfigureAwait(false);
            var correlationId = invocation.CorrelationId ?? string.Empty;
            worker.Log = (level, text) => _log(correlationId, level, text);
            return await worker.InvokeAsync(invocation, onSend, _limit, callerGone).ConfigureAwait(false);
        }
        finally
        {
            if (worker is not null)
            {
                if (worker.Broken)
                {
                    _all.TryRemove(worker, out _);
                    _ = worker.DisposeAsync().AsTask();
                }
                else
                {
                    _idle.Add(worker);
                }
            }

            _slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _all.Keys)
        {
            await worker.DisposeAsync().ConfigureAwait(false);
        }

        _all.Clear();
        _slots.Dispose();
    }

    private async Task<ScriptWorker> TakeWorkerAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryTake(out var idle))
        {
            if (!idle.Broken)
            {
                return idle;
            }

            _all.TryRemove(idle, out _);
            await idle.DisposeAsync().ConfigureAwait(false);
        }

        return await StartWorkerAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<ScriptWorker> StartWorkerAsync(CancellationToken cancellationToken)
    {
        var worker = await ScriptWorker.StartAsync(_script, (level, text) => _log(string.Empty, level, text), cancellationToken).ConfigureAwait(false);
        _all[worker] = 0;
        return worker;
    }
}
