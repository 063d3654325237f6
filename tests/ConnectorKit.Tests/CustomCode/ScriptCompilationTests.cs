namespace ConnectorKit.Tests.CustomCode;

public sealed class ScriptCompilationTests
{
    [Fact]
    public void ConnectorScriptCompilesWithoutErrorsOrWarnings()
    {
        var compiled = ConnectorScriptFile.Compiled;

        Assert.Empty(compiled.Errors.Select(d => d.ToString()));
        Assert.Empty(compiled.Warnings.Select(d => d.ToString()));
        Assert.NotNull(compiled.Image);
    }

    [Fact]
    public void ConnectorScriptDeclaresScriptDerivedFromScriptBase()
    {
        var script = ConnectorScriptFile.Compiled.Compilation.GetTypeByMetadataName("Script");

        Assert.NotNull(script);
        Assert.Equal(Microsoft.CodeAnalysis.Accessibility.Public, script.DeclaredAccessibility);
        Assert.Equal("ScriptBase", script.BaseType?.Name);
    }

    [Fact]
    public void ConnectorScriptUsesOnlyAllowedNamespaces() =>
        Assert.Empty(CustomCodeNamespaces.Disallowed(ConnectorScriptFile.Compiled));

    [Fact]
    public void ConnectorScriptIsWithinTheSizeLimit() =>
        Assert.InRange(new FileInfo(ConnectorScriptFile.Path).Length, 1, 1024 * 1024);

    [Fact]
    public void ForbiddenNamespacesAreFoundInImportsAndQualifiedNames()
    {
        const string text = """
            using System.Reflection;
            using System.Net.Http;
            using System.Threading.Tasks;

            public class Script : ScriptBase
            {
                public override Task<HttpResponseMessage> ExecuteAsync()
                {
                    var name = System.Runtime.InteropServices.RuntimeInformation.OSDescription;
                    return Task.FromResult(new HttpResponseMessage { ReasonPhrase = name });
                }
            }
            """;

        var compiled = ScriptCompiler.Compile(text, "forbidden.csx");

        Assert.Empty(compiled.Errors);
        Assert.Equal(["System.Reflection", "System.Runtime.InteropServices"], CustomCodeNamespaces.Disallowed(compiled));
    }

    [Fact]
    public void ScriptWithoutExecuteAsyncDoesNotCompile()
    {
        var compiled = ScriptCompiler.Compile("public class Script : ScriptBase { }", "incomplete.csx");

        Assert.Contains(compiled.Errors, d => d.Id == "CS0534");
        Assert.Null(compiled.Image);
    }
}
