using CsCheck;

namespace ConnectorKit.Tests.Robustness.Fuzzing;

/// <summary>
/// Strings that an attacker or a careless editor puts into a file: paths that leave their folder (through <c>..</c>,
/// absolute paths of any operating system, the links every <see cref="FuzzWorkspace"/> plants), names that mean
/// something else on another system, odd Unicode, and text far longer than any real value.
/// </summary>
internal static class HostileText
{
    /// <summary>Stands for the absolute path of the case's sentinel folder; replaced when the case's files are written.</summary>
    public const string SentinelToken = "{sentinel}";

    public static readonly string[] Paths =
    [
        "../sentinel/secret.png", "../sentinel/secret.txt", "../sentinel", "../sentinel/client", "..", "../", "../..", "../../..",
        "./../sentinel/secret.png", "a/../../sentinel/secret.png", "assets/../../sentinel/secret.png", "client/../../sentinel/client",
        SentinelToken, SentinelToken + "/secret.png", SentinelToken + "/client", SentinelToken + "/secret.txt",
        "/", "/etc", "/etc/passwd", "C:\\", "C:\\Windows\\win.ini", "C:secret.png", "\\\\server\\share\\secret.png",
        "\\\\?\\C:\\secret.png", "..\\sentinel\\secret.png", "..\\..\\", "~/secret.png", "$HOME/secret.png",
        "%USERPROFILE%\\secret.png", "file:///etc/passwd", "https://example.com/icon.png",
        FuzzWorkspace.LinkToSecretPng, FuzzWorkspace.LinkToSentinel + "/secret.png", FuzzWorkspace.LinkToSentinel + "/client",
        FuzzWorkspace.LinkToSentinel, FuzzWorkspace.LinkToItself + "/" + FuzzWorkspace.LinkToItself + "/icon.png", FuzzWorkspace.LinkToItself,
        FuzzWorkspace.DanglingLink, "", " ", ".", "./", "./.", "icon.png/", "icon.png/.", "assets", "connector.yaml",
        ".connectorkit-write.json", "apiDefinition.swagger.json", "client/../client", "client//x", "con", "NUL", "aux.png", "COM1",
        "a:b", "a*b?.png", "a\0b.png", "\t", "\n", "icon.png\n", " icon.png", "icon.png ", "ICON.PNG", "%2e%2e/sentinel/secret.png",
        "..%2fsentinel", "\u2025/sentinel", "\uFF0E\uFF0E/sentinel", "..\u2215sentinel", new string('a', 300),
        string.Concat(Enumerable.Repeat("a/", 200)), string.Concat(Enumerable.Repeat("../", 50)),
    ];

    public static readonly string[] OddUnicode =
    [
        "\uFEFF", "\u202Eevil", "\u200B", "\u00A0", "\u2028", "\u2029", "\u0085", "\uD800", "\uDC00x", "\U0001F600", "e\u0301", "\u0301",
        "\u00DF", "\u0131", "\u0130", "\u03A9", "\0", "\u001F", "\u007F", "\uFFFF", "\uFFFE", "\uFB01", "\U0001D518", "\u65E5\u672C",
        "\uFF21", "\r", "\r\n", "\\", "\"", "'", "`", "${x}", "{{x}}", "@{x}", "<script>", "]]>", "*/", "#", "&a", "*a", "!!str", "- ", ": ",
    ];

    /// <summary>Any of the above, or random text, or huge text.</summary>
    public static Gen<string> Any { get; } = Gen.Frequency(
        (6, Gen.OneOf(Paths)),
        (4, Gen.OneOf(OddUnicode)),
        (3, Gen.String),
        (1, Gen.Int[1_000, 200_000].Select(length => new string('x', length))),
        (1, Gen.Select(Gen.OneOf(OddUnicode), Gen.Int[100, 20_000], (text, count) => string.Concat(Enumerable.Repeat(text, count)))));

    /// <summary>The text with <see cref="SentinelToken"/> replaced by the sentinel folder's absolute path.</summary>
    public static string Resolve(string text, string sentinel) => text.Replace(SentinelToken, sentinel, StringComparison.Ordinal);
}
