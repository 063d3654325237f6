namespace ConnectorKit.Bench.Pipeline.ColdStart;

/// <summary>
/// One command timed as a whole process: the program, its arguments, its working folder, and the cache folder it is
/// given (a new empty one per run when <paramref name="FreshCache"/>, to time a first run or a changed script).
/// </summary>
internal sealed record ProcessCase(string Name, string Program, IReadOnlyList<string> Arguments, string WorkingFolder, bool FreshCache = false);

/// <summary>The medians of a case's runs, and its exit code (every run must give the same).</summary>
internal sealed record ProcessFigures(ProcessCase Case, TimeSpan MedianWall, TimeSpan MedianCpu, int ExitCode);
