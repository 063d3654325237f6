using System.CommandLine.Parsing;

namespace ConnectorKit.Cli;

/// <summary>
/// An unknown option would otherwise be taken as a positional argument (a folder named "--chek"); reporting it as a
/// usage error is what a user expects.
/// </summary>
public static class OptionLikeArgument
{
    public static void Reject(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.StartsWith('-'))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        }
    }
}
