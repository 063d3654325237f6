namespace ConnectorKit.Bench.Pipeline.Inputs;

/// <summary>One connector folder measured: its swagger file and the JSON files the pipeline reads (swagger and apiProperties).</summary>
internal sealed record BenchConnector(string Name, string Folder, string SwaggerPath, IReadOnlyList<string> JsonFiles);
