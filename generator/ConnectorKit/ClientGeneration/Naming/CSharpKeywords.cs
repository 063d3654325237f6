namespace ConnectorKit.ClientGeneration.Naming;

/// <summary>The words C# reserves, and the contextual ones that are unsafe as a parameter name in generated code.</summary>
internal static class CSharpKeywords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",

        // Contextual keywords that change meaning where generated code puts names (await in async methods, yield in
        // iterators, var and dynamic as types, nameof and scoped before an expression or parameter).
        "await", "yield", "var", "dynamic", "nameof", "scoped",
    };

    public static bool IsKeyword(string word) => Words.Contains(word);
}
