using System.Globalization;
using System.Text;
using CsCheck;

namespace ConnectorKit.Tests.Robustness.Fuzzing;

/// <summary>
/// Whole files built to exhaust a reader: nesting deeper than any stack, YAML aliases that expand exponentially (the
/// "billion laughs"), chains and cycles of references, huge numbers of keys.
/// </summary>
internal static class Bombs
{
    private const string ModelHead = "connector:\n  title: Bomb\n  description: A hostile model.\n  version: \"1.0\"\n  host: api.example.com\n";

    public static Gen<string> Models { get; } = Gen.OneOf(
        Gen.Int[10, 200_000].Select(depth => ModelHead + "extensions:\n  x-deep: " + new string('[', depth) + new string(']', depth) + "\n"),
        Gen.Int[10, 200_000].Select(depth => ModelHead + "extensions:\n  x-deep: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth) + "\n"),
        Gen.Int[10, 1_500].Select(BlockNesting),
        Gen.Select(Gen.Int[2, 12], Gen.Int[2, 12], AliasExpansion),
        Gen.Select(Gen.Int[2, 200], Gen.Int[2, 60], DeepAliasChain),
        Gen.Int[1_000, 50_000].Select(count => ModelHead + "extensions:\n" + string.Concat(Enumerable.Range(0, count).Select(i => Invariant($"  x-key{i}: {i}\n")))));

    public static Gen<string> Swaggers { get; } = Gen.OneOf(
        Gen.Int[10, 200_000].Select(depth => SwaggerAround("\"x-deep\": " + new string('[', depth) + new string(']', depth))),
        Gen.Int[2, 5_000].Select(ReferenceChain),
        Gen.Int[1, 50].Select(ReferenceCycle));

    private static string BlockNesting(int depth)
    {
        var builder = new StringBuilder(ModelHead).Append("extensions:\n");
        for (var level = 1; level <= depth; level++)
        {
            builder.Append(' ', level * 2).Append("x:\n");
        }

        return builder.Append(' ', (depth + 1) * 2).Append("end\n").ToString();
    }

    /// <summary><paramref name="levels"/> anchors, each a list of <paramref name="fanOut"/> aliases to the one before.</summary>
    private static string AliasExpansion(int levels, int fanOut)
    {
        var builder = new StringBuilder(ModelHead).Append("extensions:\n  x-a0: &a0 [lol, lol]\n");
        for (var level = 1; level < levels; level++)
        {
            builder.Append(Invariant($"  x-a{level}: &a{level} [")).AppendJoin(", ", Enumerable.Repeat(Invariant($"*a{level - 1}"), fanOut)).Append("]\n");
        }

        return builder.ToString();
    }

    /// <summary>Each anchor nests the one before <paramref name="depth"/> levels deeper: few lines, great depth once expanded.</summary>
    private static string DeepAliasChain(int links, int depth)
    {
        var builder = new StringBuilder(ModelHead).Append("extensions:\n  x-a0: &a0 lol\n");
        for (var link = 1; link < links; link++)
        {
            builder.Append(Invariant($"  x-a{link}: &a{link} ")).Append('[', depth).Append(Invariant($"*a{link - 1}")).Append(']', depth).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Definitions that each refer to the next, and an operation that uses the first.</summary>
    private static string ReferenceChain(int length)
    {
        var definitions = Enumerable.Range(0, length)
            .Select(i => Invariant($"\"D{i}\": {{ \"$ref\": \"#/definitions/D{i + 1}\" }}"))
            .Append(Invariant($"\"D{length}\": {{ \"type\": \"object\", \"properties\": {{ \"next\": {{ \"$ref\": \"#/definitions/D0\" }} }} }}"));
        return SwaggerAround(OperationUsing("#/definitions/D0") + ", \"definitions\": { " + string.Join(", ", definitions) + " }");
    }

    /// <summary>Definitions whose references, through allOf, items and properties, go round in a circle.</summary>
    private static string ReferenceCycle(int length)
    {
        var definitions = Enumerable.Range(0, length).Select(i => (i % 3) switch
        {
            0 => Invariant($"\"C{i}\": {{ \"allOf\": [ {{ \"$ref\": \"#/definitions/C{(i + 1) % length}\" }} ] }}"),
            1 => Invariant($"\"C{i}\": {{ \"type\": \"array\", \"items\": {{ \"$ref\": \"#/definitions/C{(i + 1) % length}\" }} }}"),
            _ => Invariant($"\"C{i}\": {{ \"type\": \"object\", \"required\": [\"c\"], \"properties\": {{ \"c\": {{ \"$ref\": \"#/definitions/C{(i + 1) % length}\" }} }} }}"),
        });
        return SwaggerAround(OperationUsing("#/definitions/C0") + ", \"definitions\": { " + string.Join(", ", definitions) + " }");
    }

    private static string OperationUsing(string reference) => $$"""
        "paths": { "/items": { "post": { "operationId": "AddItem", "summary": "Add", "description": "Adds.",
          "parameters": [ { "name": "body", "in": "body", "schema": { "$ref": "{{reference}}" } } ],
          "responses": { "200": { "description": "OK", "schema": { "$ref": "{{reference}}" } } } } } }
        """;

    private static string SwaggerAround(string members) => $$"""
        { "swagger": "2.0", "info": { "title": "Bomb", "description": "A hostile connector.", "version": "1.0" },
          "host": "api.example.com", "basePath": "/", "schemes": ["https"], {{members}} }
        """;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
