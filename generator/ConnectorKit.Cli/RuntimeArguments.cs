using System.CommandLine;

namespace ConnectorKit.Cli;

/// <summary>
/// The options of the commands that run a connector in the local runtime (<c>serve</c>, <c>trigger --backend</c>):
/// where backend calls go and the connection file, with the same descriptions and checks everywhere.
/// </summary>
internal static class RuntimeArguments
{
    public static Option<string?> BackendOption(string description) => new("--backend") { Description = description };

    public static Option<string?> ConnectionOption() => new("--connection")
    {
        Description = "A JSON file mapping each connection parameter to its value (\"token\" is the OAuth bearer token). Keep it outside the repository.",
    };

    /// <summary>The backend origin, or null when none was given; a value that is not an http(s) origin without a path adds a problem (without the "error: " prefix).</summary>
    public static Uri? Backend(string? text, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var backend) && backend.Scheme is "http" or "https" && backend.AbsolutePath == "/" && backend.Query.Length == 0)
        {
            return backend;
        }

        errors.Add($"--backend {text}: give an absolute http or https origin without a path, such as http://127.0.0.1:5080 (the basePath comes from the connector).");
        return null;
    }

    /// <summary>The connection file's full path, or null when none was given; a file that does not exist adds an error.</summary>
    public static string? ConnectionFile(CliConsole console, string? text, List<string> errors)
    {
        var file = text is null ? null : console.Resolve(text);
        if (file is not null && !File.Exists(file))
        {
            errors.Add($"--connection: no file at {console.Display(file)}.");
        }

        return file;
    }
}
