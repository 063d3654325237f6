using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using ConnectorKit.Definition;

namespace ConnectorKit.Validation.CustomCode;

/// <summary>
/// The findings of the script rules (<see cref="IScriptRule"/>) by the content hash of the script: in memory for the
/// process, and in <see cref="Store"/> across processes when the caller (the command line) gives one. The key covers
/// the script's text and everything its findings depend on besides: this library's build (its rules and messages),
/// the assemblies it references (Roslyn's version among them) and the runtime whose assemblies scripts compile against.
/// </summary>
public static class ScriptCheckCache
{
    private static readonly ConcurrentDictionary<string, ScriptCheckEntry> Memory = new(StringComparer.Ordinal);

    private static readonly Lazy<byte[]> BuildIdentity = new(ComputeBuildIdentity);

    /// <summary>Where entries are kept across processes; null (the library's default) keeps them in memory only.</summary>
    public static ScriptCheckStore? Store { get; set; }

    /// <summary>The lowercase hex SHA-256 naming this script's content for this build of the library.</summary>
    public static string KeyOf(ConnectorScript script)
    {
        var text = Encoding.UTF8.GetBytes(script.Text);
        var identity = BuildIdentity.Value;
        var buffer = new byte[identity.Length + text.Length];
        identity.CopyTo(buffer, 0);
        text.CopyTo(buffer, identity.Length);
        return Convert.ToHexStringLower(SHA256.HashData(buffer));
    }

    /// <summary>
    /// The findings of every rule in <paramref name="rules"/> for the script of <paramref name="key"/>: those already
    /// known are looked up, the others computed with <paramref name="run"/> (null when a rule's findings cannot be
    /// kept, such as when it failed) and remembered. A rule missing from the result must be run as usual.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ScriptFinding>> Findings(
        string key, IReadOnlyList<IScriptRule> rules, Func<IScriptRule, IReadOnlyList<ScriptFinding>?> run)
    {
        var known = Memory.TryGetValue(key, out var remembered) ? remembered : Store?.Read(key);
        var findings = new Dictionary<string, IReadOnlyList<ScriptFinding>>(known?.FindingsByRule ?? new Dictionary<string, IReadOnlyList<ScriptFinding>>(), StringComparer.Ordinal);
        var added = false;
        foreach (var rule in rules.Where(r => !findings.ContainsKey(r.Descriptor.Code)))
        {
            if (run(rule) is { } computed)
            {
                findings[rule.Descriptor.Code] = computed;
                added = true;
            }
        }

        var entry = new ScriptCheckEntry(key, findings);
        Memory[key] = entry;
        if (added)
        {
            Store?.Write(entry);
        }

        return findings;
    }

    private static byte[] ComputeBuildIdentity()
    {
        var library = typeof(ScriptCheckCache).Assembly;
        var identity = new StringBuilder("connectorkit script checks 1\n")
            .Append(library.ManifestModule.ModuleVersionId.ToString("N")).Append('\n')
            .Append(typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n')
            .Append(RuntimeInformation.FrameworkDescription).Append('\n');
        foreach (var reference in library.GetReferencedAssemblies().Select(r => r.FullName).Order(StringComparer.Ordinal))
        {
            identity.Append(reference).Append('\n');
        }

        return Encoding.UTF8.GetBytes(identity.Append('\0').ToString());
    }
}
