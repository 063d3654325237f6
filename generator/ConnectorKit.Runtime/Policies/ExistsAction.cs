namespace ConnectorKit.Runtime.Policies;

/// <summary>
/// What setheader and setqueryparameter do when their header or parameter is already there (<c>existsAction</c>):
/// override (the default) replaces it, skip keeps it, append adds the value as one more.
/// </summary>
internal static class ExistsAction
{
    public static readonly string[] Choices = ["override", "skip", "append"];

    /// <summary>Sets, adds or keeps the value as <paramref name="action"/> says; returns what happened, for the log.</summary>
    public static string Apply(string action, string what, bool exists, Func<string> value, Action<string> set, Action<string> add)
    {
        if (exists && action == "skip")
        {
            return $"{what} kept (it is already set; existsAction skip)";
        }

        var text = value();
        if (exists && action == "append")
        {
            add(text);
            return $"{what} appended '{text}'";
        }

        set(text);
        return $"{what} {(exists ? "replaced by" : "set to")} '{text}'";
    }
}
