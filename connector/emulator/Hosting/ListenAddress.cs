using System.Net;

namespace CustomerInsights.Emulator.Hosting;

/// <summary>
/// An address the emulator listens on: http only, on a loopback address (127.0.0.0/8, ::1 or localhost). The emulator
/// has no authentication worth the name and holds test data, so it refuses to be reachable from other machines.
/// </summary>
public sealed record ListenAddress(IPAddress? Address, int Port)
{
    /// <summary>Listens on localhost (IPv4 and IPv6 loopback) when <see cref="Address"/> is null.</summary>
    public bool IsLocalhost => Address is null;

    /// <summary>Parses one URL such as http://127.0.0.1:5080; the error says what is wrong with it.</summary>
    public static (ListenAddress? Address, string? Error) Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            return (null, $"'{url}' is not an http URL such as http://127.0.0.1:5080 (the emulator serves plain http on loopback only).");
        }

        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.UserInfo.Length > 0)
        {
            return (null, $"'{url}' has a path, query or user; give only scheme, host and port, such as http://127.0.0.1:5080.");
        }

        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return uri.Port == 0
                ? (null, $"'{url}': a free port (0) can be picked on an IP address only; use http://127.0.0.1:0.")
                : (new ListenAddress(null, uri.Port), null);
        }

        if (!IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) || !IPAddress.IsLoopback(address))
        {
            return (null, $"'{url}' is not a loopback address: the emulator listens only on 127.0.0.1, [::1] or localhost, never on an address other machines can reach.");
        }

        return (new ListenAddress(address, uri.Port), null);
    }

    /// <summary>Parses every URL (a list may also be separated by semicolons, as ASP.NET Core's --urls is).</summary>
    public static (IReadOnlyList<ListenAddress> Addresses, IReadOnlyList<string> Errors) ParseAll(IEnumerable<string> urls)
    {
        var addresses = new List<ListenAddress>();
        var errors = new List<string>();
        foreach (var url in urls.SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var (address, error) = Parse(url);
            if (address is not null)
            {
                addresses.Add(address);
            }
            else
            {
                errors.Add(error!);
            }
        }

        if (addresses.Count == 0 && errors.Count == 0)
        {
            errors.Add("No address to listen on was given.");
        }

        return (addresses, errors);
    }
}
