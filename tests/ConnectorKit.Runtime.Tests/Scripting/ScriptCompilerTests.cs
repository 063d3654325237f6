using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Runtime.Scripting;
using ConnectorKit.Runtime.Tests.TestSupport;

namespace ConnectorKit.Runtime.Tests.Scripting;

public sealed class ScriptCompilerTests
{
    private static (CompiledScript? Script, List<Diagnostic> Diagnostics) Compile(string text)
    {
        var diagnostics = new List<Diagnostic>();
        return (ScriptCompiler.Compile(new ConnectorScript(text), "script.csx", diagnostics), diagnostics);
    }

    /// <summary>A script whose ExecuteAsync runs <paramref name="statement"/> on line 6.</summary>
    private static string Body(string usings, string statement) =>
        usings + "\npublic class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n"
        + statement + "\n        return new HttpResponseMessage();\n    }\n}\n";

    [Fact]
    public void A_script_using_the_allowed_namespaces_compiles_once_into_an_image()
    {
        var (script, diagnostics) = Compile(Body(
            "using System.Text.RegularExpressions;\nusing System.Xml.Linq;\nusing Newtonsoft.Json.Linq;\nusing System.Security.Cryptography;\nusing System.Runtime.Remoting.Contexts;",
            "var ok = Regex.IsMatch(\"a\", \"a\") && new XElement(\"x\") != null && JObject.Parse(\"{}\") != null && SHA256.HashData(new byte[1]).Length == 32 && Environment.NewLine.Length > 0 && System.Globalization.CultureInfo.InvariantCulture != null;"));

        Assert.Empty(diagnostics);
        Assert.NotEmpty(script!.Image);
    }

    [Theory]
    [InlineData("using System.Reflection;", "", "CK7011", 1)]
    [InlineData("using System.Net.Sockets;", "", "CK7011", 1)]
    [InlineData("using System.IO;", "var text = File.ReadAllText(\"/etc/hostname\");", "CK7013", 6)]
    [InlineData("", "var text = System.IO.File.ReadAllText(\"/etc/hostname\");", "CK7013", 6)]
    [InlineData("", "var reader = new System.IO.StreamReader(\"/etc/hostname\");", "CK7013", 6)]
    [InlineData("", "System.Diagnostics.Process.Start(\"sh\");", "CK7013", 6)]
    [InlineData("", "var secret = Environment.GetEnvironmentVariable(\"HOME\");", "CK7013", 6)]
    [InlineData("", "var type = Type.GetType(\"System.IO.File\");", "CK7013", 6)]
    [InlineData("", "var method = typeof(string).GetMethods();", "CK7013", 6)]
    [InlineData("", "dynamic anything = 1; anything.Run();", "CK7013", 6)]
    public void Forbidden_namespaces_and_apis_are_errors_at_their_line(string usings, string statement, string code, int line)
    {
        var (script, diagnostics) = Compile(Body(usings, statement));

        Assert.Null(script);
        var error = Assert.Single(diagnostics.DistinctBy(d => d.Code));
        Assert.Equal(code, error.Code);
        Assert.Equal(line, error.Position.Line);
    }

    [Fact]
    public void Compile_errors_name_the_script_line_and_column()
    {
        var (script, diagnostics) = Compile(Body(string.Empty, "        var x = undefinedName;"));

        Assert.Null(script);
        var error = Assert.Single(diagnostics);
        Assert.Equal("CK7012", error.Code);
        Assert.Equal(new SourcePosition("script.csx", 6, 17), error.Position);
        Assert.Contains("CS0103", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_class_is_found_by_its_name_without_case_as_the_platform_runs_a_class_named_script()
    {
        var (script, diagnostics) = Compile("public class script : ScriptBase { public override Task<HttpResponseMessage> ExecuteAsync() => null; }");

        Assert.Empty(diagnostics);
        Assert.Equal("script", script!.ClassName);
    }

    [Fact]
    public void A_script_without_its_class_or_over_the_size_limit_is_refused()
    {
        var (noClass, missing) = Compile("public class Other { public Task<HttpResponseMessage> ExecuteAsync() => null; }");
        Assert.Null(noClass);
        Assert.Equal("CK7014", Assert.Single(missing).Code);

        var (large, tooLarge) = Compile(Scripts.Throws + "\n//" + new string('x', ScriptCompiler.MaximumBytes));
        Assert.Null(large);
        Assert.Equal("CK7010", Assert.Single(tooLarge).Code);
    }
}
