using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.ClientGeneration;
using ConnectorKit.Definition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConnectorKit.Tests.ClientGeneration;

/// <summary>Names and descriptions chosen to break generated code: every one must compile and inject nothing.</summary>
public sealed class AdversarialNamesTests
{
    private const string Injected = "Injected";

    /// <summary>Descriptions that would end a comment, a tag, a string or a line if copied as they are.</summary>
    private static readonly string[] HostileTexts =
    [
        "*/ public class Injected { } /*",
        "</summary> public class Injected { } <summary>",
        "\"\"\" + Injected + \"\"\"",
        "back\\slash \\u0022 Injected",
        "line\u2028public class Injected { }",
        "para\u2029public class Injected { }\u0085next",
        "\r\n#error Injected\r\npublic class Injected { }",
        "\u0001\u001b[31m control \u202Ebidi\u200B Injected",
        "lone \uD800 surrogate Injected",
    ];

    /// <summary>Names that are keywords, start with digits, differ only by case or punctuation, are non-ASCII, long or empty.</summary>
    private static readonly string[] HostileNames =
    [
        "class", "123start", "get-items", "Get_Items", "getItems", "GETITEMS", "Ωmega", "日本語", "straße", "a\u200Db",
        new string('x', 700), new string('x', 700) + "y", "", "$", "@odata.type", "EqualityContract", "AdditionalProperties",
        "Value", "Task", "String", "JsonObject", "System", "Default", "cancellationToken", "request", "await", "_", "__",
        "\"quoted\"", "new\nline",
    ];

    [Fact]
    public void Hostile_names_and_descriptions_compile_without_errors_or_injected_members()
    {
        var files = ClientGenerator.Generate(Definition(), new ClientOptions { Namespace = "Adversarial.Names", ClientName = "class" });

        ClientCompiler.AssertCompiles(new ClientSources("Adversarial.Names", files));
        foreach (var file in files.Where(f => f.RelativePath.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var root = CSharpSyntaxTree.ParseText(Encoding.UTF8.GetString(file.Content), cancellationToken: TestContext.Current.CancellationToken)
                .GetRoot(TestContext.Current.CancellationToken);
            Assert.DoesNotContain(root.DescendantTokens(), t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == Injected);
            Assert.DoesNotContain(root.DescendantTrivia(descendIntoTrivia: true), t => t.IsKind(SyntaxKind.ErrorDirectiveTrivia));
        }
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        var options = new ClientOptions { Namespace = "Adversarial.Names" };

        var first = ClientGenerator.Generate(Definition(), options);
        var second = ClientGenerator.Generate(Definition(), options);

        Assert.Equal(first.Select(f => f.RelativePath), second.Select(f => f.RelativePath));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
        Assert.All(first, f => Assert.DoesNotContain((byte)'\r', f.Content));
    }

    private static ConnectorDefinition Definition()
    {
        var properties = new JsonObject();
        var enumValues = new JsonArray();
        var paths = new JsonObject();
        var definitions = new JsonObject();
        foreach (var (name, index) in HostileNames.Select((n, i) => (n, i)))
        {
            var text = HostileTexts[index % HostileTexts.Length];
            properties[name] = new JsonObject { ["type"] = "string", ["description"] = text };
            enumValues.Add(name);
            definitions[name] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = text,
                ["required"] = new JsonArray(name),
                ["properties"] = new JsonObject { [name] = new JsonObject { ["type"] = "integer", ["description"] = text }, ["kind"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("a", "A", "a-", "", "1", name) } },
            };
            paths["/p" + index + "/{" + name + "}"] = new JsonObject
            {
                ["get"] = new JsonObject
                {
                    ["operationId"] = name,
                    ["summary"] = text,
                    ["description"] = text,
                    ["parameters"] = new JsonArray(
                        new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true, ["type"] = "string", ["description"] = text },
                        new JsonObject { ["name"] = name, ["in"] = "query", ["type"] = "string", ["x-ms-summary"] = text },
                        new JsonObject { ["name"] = name.ToUpperInvariant(), ["in"] = "header", ["type"] = "string" }),
                    ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = text, ["schema"] = new JsonObject { ["$ref"] = "#/definitions/" + name.Replace("~", "~0").Replace("/", "~1") } } },
                },
            };
        }

        definitions["Everything"] = new JsonObject { ["type"] = "object", ["properties"] = properties, ["description"] = string.Concat(HostileTexts) };
        definitions["Choice"] = new JsonObject { ["type"] = "string", ["enum"] = enumValues };
        paths["/everything"] = new JsonObject
        {
            ["x-ms-notification-content"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/definitions/Everything" } },
            ["post"] = new JsonObject
            {
                ["operationId"] = "class",
                ["x-ms-trigger"] = "single",
                ["summary"] = HostileTexts[0],
                ["parameters"] = new JsonArray(new JsonObject
                {
                    ["name"] = "body",
                    ["in"] = "body",
                    ["schema"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["callbackUrl"] = new JsonObject { ["type"] = "string", ["x-ms-notification-url"] = true }, ["choice"] = new JsonObject { ["$ref"] = "#/definitions/Choice" } } },
                }),
                ["responses"] = new JsonObject { ["201"] = new JsonObject { ["description"] = "ok" } },
            },
        };

        var swagger = new JsonObject
        {
            ["swagger"] = "2.0",
            ["info"] = new JsonObject { ["title"] = HostileTexts[1], ["description"] = HostileTexts[6] },
            ["host"] = "evil\".test\\",
            ["paths"] = paths,
            ["definitions"] = definitions,
        };
        return new ConnectorDefinition(swagger, null);
    }
}
