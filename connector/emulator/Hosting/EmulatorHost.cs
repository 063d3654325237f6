using CustomerInsights.Emulator.Routes;
using CustomerInsights.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerInsights.Emulator.Hosting;

/// <summary>
/// A running emulator: Kestrel on loopback, the SQLite state (seeded on first use), the routes and the outbox worker.
/// Start it, read <see cref="BaseAddress"/> (the port is real when 0 was asked for), and dispose it to stop.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorDatabase _database;

    private EmulatorHost(WebApplication app, EmulatorDatabase database, IReadOnlyList<Uri> addresses)
    {
        _app = app;
        _database = database;
        Addresses = addresses;
    }

    /// <summary>Every address the emulator listens on.</summary>
    public IReadOnlyList<Uri> Addresses { get; }

    /// <summary>The first address, such as http://127.0.0.1:5080/.</summary>
    public Uri BaseAddress => Addresses[0];

    /// <summary>Where the service API lives: the base address with the connector's basePath, such as http://127.0.0.1:5080/v1/.</summary>
    public Uri ServiceRoot => new(BaseAddress, _app.Services.GetRequiredService<EmulatedConnector>().BasePath.TrimStart('/') + "/");

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the emulator; throws <see cref="EmulatorStartException"/> with a clear reason when it cannot.</summary>
    public static async Task<EmulatorHost> StartAsync(EmulatorSettings settings, CancellationToken cancellationToken = default)
    {
        var (addresses, errors) = ListenAddress.ParseAll(settings.Urls);
        if (errors.Count > 0)
        {
            throw new EmulatorStartException(string.Join("\n", errors));
        }

        var database = OpenDatabase(settings.DataFile);
        try
        {
            await SeedLoader.SeedIfEmptyAsync(database, SeedLoader.EmbeddedFiles(), cancellationToken).ConfigureAwait(false);
            var app = Build(settings, database, addresses);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException exception)
            {
                await app.DisposeAsync().ConfigureAwait(false);
                throw new EmulatorStartException($"The emulator could not listen on {string.Join(", ", settings.Urls)}: {exception.Message}", exception);
            }

            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
                .Select(address => new Uri(address.Replace("://localhost", "://127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/"))
                .ToList();
            return new EmulatorHost(app, database, bound);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>Waits until the emulator stops (Ctrl+C, SIGTERM, or <paramref name="cancellationToken"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            _database.Dispose();
        }
    }

    private static EmulatorDatabase OpenDatabase(string? dataFile)
    {
        try
        {
            return EmulatorDatabase.Open(dataFile);
        }
        catch (Exception exception) when (exception is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new EmulatorStartException($"{dataFile}: the emulator's data file could not be opened as a SQLite database: {exception.Message}", exception);
        }
    }

    private static WebApplication Build(EmulatorSettings settings, EmulatorDatabase database, IReadOnlyList<ListenAddress> addresses)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        settings.Logging?.Invoke(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = 1 << 20;
            foreach (var address in addresses)
            {
                if (address.IsLocalhost)
                {
                    kestrel.ListenLocalhost(address.Port);
                }
                else
                {
                    kestrel.Listen(address.Address!, address.Port);
                }
            }
        });
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        EmulatorServices.Add(builder.Services, settings, database);
        var app = builder.Build();
        EmulatorRoutes.Map(app);
        return app;
    }
}

/// <summary>The emulator could not start: a bad address, an unusable data file, a port in use.</summary>
public sealed class EmulatorStartException(string message, Exception? inner = null) : Exception(message, inner);
