using System.Globalization;

namespace ConnectorKit.ClientGeneration.Naming;

/// <summary>
/// The names already taken in one C# declaration space. A wanted name that is taken gets the first free numeric suffix
/// (Name2, Name3, ...), so inputs that differ only by case or punctuation still get distinct, stable names.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;

    /// <param name="reserved">Names taken from the start.</param>
    /// <param name="ignoreCase">
    /// Whether names that differ only by case collide: type names must, because the serializer's source generator and
    /// case-insensitive file systems name a file after each type.
    /// </param>
    public NameScope(IEnumerable<string>? reserved = null, bool ignoreCase = false)
    {
        _taken = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var name in reserved ?? [])
        {
            _taken.Add(name);
        }
    }

    public bool IsTaken(string name) => _taken.Contains(Bare(name));

    public void Reserve(string name) => _taken.Add(Bare(name));

    /// <summary>Takes <paramref name="wanted"/> or the first free suffixed form of it.</summary>
    public string Take(string wanted) => Take(wanted, static name => [name]);

    /// <summary>
    /// Takes a base name such that every name derived from it (a method and its paging twin, say) is free, and reserves
    /// all of them; returns the base name.
    /// </summary>
    public string Take(string wanted, Func<string, IReadOnlyList<string>> derived)
    {
        var candidate = wanted;
        for (var suffix = 2; derived(candidate).Any(IsTaken); suffix++)
        {
            candidate = Suffixed(wanted, suffix);
        }

        foreach (var name in derived(candidate))
        {
            Reserve(name);
        }

        return candidate;
    }

    /// <summary>Item2 for Item, Item1_2 for Item1: a digit before the suffix would read as one number.</summary>
    private static string Suffixed(string name, int suffix) =>
        name + (char.IsDigit(name[^1]) ? "_" : string.Empty) + suffix.ToString(CultureInfo.InvariantCulture);

    /// <summary>'@class' and 'class' are one name to the compiler.</summary>
    private static string Bare(string name) => name.StartsWith('@') ? name[1..] : name;
}
