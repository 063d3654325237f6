using System.CommandLine;
using ConnectorKit.Generation;

namespace ConnectorKit.Cli;

/// <summary>The <c>--environment NAME</c> option: lays <c>environments/NAME.yaml</c> of the model over it.</summary>
public static class EnvironmentOption
{
    public static Option<string?> Create(string purpose = "the artifacts") => new("--environment", "-e")
    {
        Description = $"Lay the model's environments/NAME.yaml over it (host, client id, resource, title suffix, brand colour) and put its environment and connector ids in settings.json, for {purpose}.",
    };

    public static GenerationPipeline Apply(ParseResult parseResult, Option<string?> option, GenerationPipeline pipeline) =>
        parseResult.GetValue(option) is { } name ? pipeline.ForEnvironment(name) : pipeline;
}
