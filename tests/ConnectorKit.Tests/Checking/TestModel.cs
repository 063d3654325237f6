using System.Text.Json.Nodes;
using ConnectorKit.Checking;
using ConnectorKit.Diagnostics;
using ConnectorKit.Model;
using Xunit;

namespace ConnectorKit.Tests.Checking;

/// <summary>Builds connector models in C# for the checks' tests; every node sits at a line of connector.yaml.</summary>
internal static class TestModel
{
    public const string File = "connector.yaml";

    public static SourcePosition At(int line, int column = 3) => new(File, line, column);

    public static ConnectorModel Empty() => new()
    {
        Folder = "/model",
        Info = new ConnectorInfoModel { Title = "Test", Description = "A test connector.", Version = "1.0", Host = "example.com", Position = At(1) },
    };

    public static ActionModel Action(string id, string method, string path, int line, params OperationParameterModel[] parameters) => new()
    {
        Id = id,
        Summary = id,
        Description = id,
        Method = method,
        Path = path,
        Parameters = parameters,
        Position = At(line),
    };

    public static TriggerModel Webhook(string id, string path, string unsubscribe, int line, params OperationParameterModel[] parameters) => new()
    {
        Id = id,
        Summary = id,
        Description = id,
        Parameters = parameters,
        Webhook = new WebhookModel { Path = path, Unsubscribe = Ref(unsubscribe, line + 3), Position = At(line + 1) },
        Position = At(line),
    };

    public static ModelReference Ref(string name, int line, int column = 7) => new(name, At(line, column));

    public static OperationParameterModel Uses(string key, int line) => new(Ref(key, line), null, At(line, 7));

    public static OperationParameterModel Inline(ParameterModel parameter) => new(null, parameter, parameter.Position);

    public static ParameterModel Parameter(string name, string location, int line) => new()
    {
        Key = name,
        Name = name,
        In = location,
        Type = location == "body" ? null : "string",
        Required = location == "path",
        Position = At(line),
    };

    public static DynamicValuesModel Picker(string operation, int line) => new() { Operation = Ref(operation, line + 1), Position = At(line) };

    /// <summary>Raw JSON with the position of each listed pointer at the given line; the root sits at <paramref name="line"/>.</summary>
    public static RawJson Raw(string json, int line, params (string Pointer, int Line)[] positions) =>
        new(JsonNode.Parse(json), positions.ToDictionary(p => p.Pointer, p => At(p.Line, 9)), At(line, 5));

    public static PolicyModel Policy(string templateId, string parametersJson, int line, params (string Pointer, int Line)[] positions) => new()
    {
        TemplateId = templateId,
        Parameters = Raw(parametersJson, line + 1, positions),
        Position = At(line),
    };

    public static IReadOnlyList<Diagnostic> Run(this IModelCheck check, ConnectorModel model)
    {
        var diagnostics = new DiagnosticBag();
        check.Check(model, diagnostics);
        return diagnostics.Items;
    }

    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code, int line, int column)
    {
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(At(line, column), diagnostic.Position);
        return diagnostic;
    }
}
