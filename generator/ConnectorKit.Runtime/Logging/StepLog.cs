using System.Globalization;
using System.Text;

namespace ConnectorKit.Runtime.Logging;

/// <summary>
/// The runtime's log: one line per step of a call, <c>corr=ID step=NAME key=value ...</c>, values quoted when they
/// hold spaces, quotes or equals signs. Every connection secret is masked (<c>***</c>) wherever it would appear, bodies
/// included; bodies are written only when <see cref="Verbose"/> is on.
/// </summary>
public sealed class StepLog(Action<string> sink, bool verbose, SecretMask mask)
{
    /// <summary>A log that writes nowhere, for loading connectors without serving them.</summary>
    public static StepLog None { get; } = new(_ => { }, false, SecretMask.None);

    /// <summary>The longest body the verbose log writes; longer ones are cut there.</summary>
    public const int MaximumBodyCharacters = 4096;

    public bool Verbose { get; } = verbose;

    public void Step(string correlationId, string step, params ReadOnlySpan<(string Key, object? Value)> fields)
    {
        var line = new StringBuilder().Append("corr=").Append(Quote(correlationId)).Append(" step=").Append(step);
        foreach (var (key, value) in fields)
        {
            if (value is null)
            {
                continue;
            }

            line.Append(' ').Append(key).Append('=').Append(Quote(Format(value)));
        }

        sink(mask.Apply(line.ToString()));
    }

    /// <summary>Writes a body as its own step line when the log is verbose.</summary>
    public void Body(string correlationId, string step, byte[] body)
    {
        if (!Verbose || body.Length == 0)
        {
            return;
        }

        var text = Encoding.UTF8.GetString(body);
        Step(correlationId, step, ("bytes", body.Length), ("body", text.Length > MaximumBodyCharacters ? text[..MaximumBodyCharacters] + "..." : text));
    }

    // A plain loop: this runs for every field of every line, and LINQ over a string allocates an enumerator each time.
    private static bool NeedsQuotes(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c is '"' or '=' || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Format(object value) => value switch
    {
        TimeSpan span => span.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string value)
    {
        if (value.Length > 0 && !NeedsQuotes(value))
        {
            return value;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
