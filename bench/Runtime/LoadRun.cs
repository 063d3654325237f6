using System.Diagnostics;

namespace ConnectorKit.Bench.Runtime;

/// <summary>A fixed number of concurrent callers sending GETs for a while; the result is successful requests per second.</summary>
internal static class LoadRun
{
    public static async Task<double> RequestsPerSecondAsync(HttpClient client, Uri address, int concurrency, TimeSpan duration)
    {
        var succeeded = 0L;
        var failed = 0L;
        var clock = Stopwatch.StartNew();
        var callers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                using var response = await client.GetAsync(address);
                await response.Content.ReadAsByteArrayAsync();
                Interlocked.Increment(ref response.IsSuccessStatusCode ? ref succeeded : ref failed);
            }
        });
        await Task.WhenAll(callers);
        if (failed > 0)
        {
            throw new InvalidOperationException($"{failed} request(s) to {address} failed.");
        }

        return succeeded / clock.Elapsed.TotalSeconds;
    }
}
