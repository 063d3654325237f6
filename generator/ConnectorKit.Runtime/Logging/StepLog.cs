using System.Buffers;
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

    // Searched with vectorised IndexOfAny: quoting is checked for every field of every line.
    private static readonly SearchValues<char> NeedsQuotes = QuotedCharacters();

    [ThreadStatic]
    private static StringBuilder? t_line;

    public bool Verbose { get; } = verbose;

    public void Step(string correlationId, string step, params ReadOnlySpan<(string Key, object? Value)> fields)
    {
        // One builder per thread, reused: a line is built for every step of every call.
        var line = t_line ??= new StringBuilder(256);
        line.Clear().Append("corr=");
        AppendQuoted(line, correlationId);
        line.Append(" step=").Append(step);
        foreach (var (key, value) in fields)
        {
            if (value is null)
            {
                continue;
            }

            line.Append(' ').Append(key).Append('=');
            AppendQuoted(line, Format(value));
        }

        var text = line.ToString();
        if (line.Capacity > 4 * MaximumBodyCharacters)
        {
            t_line = null;
        }

        sink(mask.Apply(text));
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

    private static string Format(object value) => value switch
    {
        TimeSpan span => span.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Appends the value as is, or in quotes with escapes when it is empty or holds a space, a quote, an equals sign or a control character.</summary>
    private static void AppendQuoted(StringBuilder line, string value)
    {
        if (value.Length > 0 && value.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            line.Append(value);
            return;
        }

        line.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    line.Append("\\\"");
                    break;
                case '\\':
                    line.Append("\\\\");
                    break;
                case '\n':
                    line.Append("\\n");
                    break;
                case '\r':
                    line.Append("\\r");
                    break;
                case '\t':
                    line.Append("\\t");
                    break;
                case var control when char.IsControl(control):
                    line.Append("\\u").Append(((int)control).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    line.Append(c);
                    break;
            }
        }

        line.Append('"');
    }

    /// <summary>Every character that makes a value need quotes: white space (Unicode's), control characters, '"' and '='.</summary>
    private static SearchValues<char> QuotedCharacters() =>
        SearchValues.Create([.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(i => (char)i).Where(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '=')]);
}
