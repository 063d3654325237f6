using ConnectorKit.Definition;

namespace ConnectorKit.Tests.Validation.Rules.CustomCode;

/// <summary>
/// Certified scripts import <c>System.Runtime.Remoting.Contexts</c>, which Visual Studio adds by itself when code
/// mentions <c>Context</c>: the platform took them, so neither the namespace rule nor the compiler may refuse one.
/// </summary>
public sealed class CustomCodeNamespaceTests
{
    private const string CertifiedShape = """
        using System;
        using System.Net.Http;
        using System.Runtime.Remoting.Contexts;
        using System.Threading.Tasks;
        using Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;
        using Newtonsoft.Json.Linq;

        """;

    [Fact]
    public void A_script_importing_the_remoting_contexts_namespace_as_certified_scripts_do_passes()
    {
        using var folder = new ConnectorFolder(script: CertifiedShape + SampleConnector.Script);

        var findings = folder.Validate().Where(d => d.Code.StartsWith("CkScript", StringComparison.Ordinal));

        Assert.Empty(findings.Select(d => d.ToString()));
    }

    [Fact]
    public void Another_namespace_outside_the_list_is_still_refused_at_its_using()
    {
        const string Import = "using System.Runtime.Remoting.Messaging;";
        using var folder = new ConnectorFolder(script: CertifiedShape + Import + "\n" + SampleConnector.Script);

        var finding = Assert.Single(folder.Validate(), d => d.Code == "CkScriptNamespaceNotAllowed");

        Assert.Equal(folder.PositionOf(DefinitionFiles.Script, Import), finding.Position);
    }
}
