using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>
/// One call a dynamic extension makes: <see cref="Extension"/> (<c>x-ms-dynamic-values</c>, <c>-list</c>, <c>-schema</c>,
/// <c>-properties</c>, or the <c>open</c>/<c>browse</c> step of <c>x-ms-dynamic-tree</c>) written at <see cref="Pointer"/> on
/// <see cref="Host"/>, inside the operation <see cref="Caller"/>.
/// </summary>
internal sealed record DynamicInvocation(string Extension, JsonObject Node, string Pointer, SchemaSite Host, OperationView Caller)
{
    public const string Values = "x-ms-dynamic-values";
    public const string List = "x-ms-dynamic-list";
    public const string Schema = "x-ms-dynamic-schema";
    public const string Properties = "x-ms-dynamic-properties";
    public const string Tree = "x-ms-dynamic-tree";

    public string? OperationId => Node.Child("operationId").StringOrNull();

    /// <summary>The newer extensions address inputs by path strings (<c>body/property</c>) rather than by bare names.</summary>
    public bool UsesPathReferences => Extension is List or Properties || Extension.StartsWith(Tree, StringComparison.Ordinal);

    public IReadOnlyList<DynamicBinding> Bindings
    {
        get
        {
            if (Node.Child("parameters") is not JsonObject parameters)
            {
                return [];
            }

            var parametersPointer = JsonPointer.Append(Pointer, "parameters");
            return [.. parameters.Select(p => DynamicBinding.Parse(p.Key, p.Value, JsonPointer.Append(parametersPointer, p.Key)))];
        }
    }

    /// <summary>
    /// An older extension with its newer counterpart written beside it (<c>x-ms-dynamic-list</c> for values,
    /// <c>x-ms-dynamic-properties</c> for schema): clients use the newer one, so the older one's references are not judged.
    /// </summary>
    public bool IsSuperseded => (Extension == Values && Host.Node.ContainsKey(List)) || (Extension == Schema && Host.Node.ContainsKey(Properties));
}
