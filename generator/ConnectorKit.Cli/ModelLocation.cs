using System.CommandLine;

namespace ConnectorKit.Cli;

/// <summary>The model or connector a command works on when PATH may be left out: the repository's connector/ folder.</summary>
public static class ModelLocation
{
    /// <summary>The optional path argument of such a command; an option-like word is a usage error, not a folder name.</summary>
    public static Argument<string?> CreateArgument(string name, string what)
    {
        var argument = new Argument<string?>(name)
        {
            Description = $"{what} Default: connector/ of the repository around the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        argument.Validators.Add(OptionLikeArgument.Reject);
        return argument;
    }

    /// <summary>The full path of PATH, or of connector/ of the repository around the current folder; null (after a usage error) when there is none.</summary>
    public static string? Resolve(CliConsole console, string? pathArgument)
    {
        if (pathArgument is not null)
        {
            var path = console.Resolve(pathArgument);
            foreach (var missing in console.MissingPathErrors([path]))
            {
                console.Error.WriteLine(missing);
                return null;
            }

            return path;
        }

        if (RepositoryLocator.FindModelRoot(console.CurrentDirectory) is { } root)
        {
            return Path.Combine(root, RepositoryLocator.DefaultModelFolder);
        }

        console.Error.WriteLine($"error: no path given and no folder above {console.CurrentDirectory} holds {RepositoryLocator.DefaultModelFolder}/connector.yaml.");
        return null;
    }
}
