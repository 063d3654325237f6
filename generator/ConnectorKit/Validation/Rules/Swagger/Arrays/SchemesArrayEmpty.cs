using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Arrays;

/// <summary>A <c>schemes</c> list, at the root or on an operation, must name at least one protocol.</summary>
public sealed class SchemesArrayEmpty : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SchemesArrayEmpty), "A 'schemes' list is empty.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        IEnumerable<(JsonObject Node, string Pointer)> holders = [(swagger.Node, JsonPointer.Root), .. swagger.Operations.Select(o => (o.Node, o.Pointer))];
        foreach (var (node, pointer) in holders)
        {
            if (node.Child("schemes") is JsonArray { Count: 0 })
            {
                context.ReportSwagger(JsonPointer.Append(pointer, "schemes"), "The 'schemes' list is empty; name at least one protocol, such as \"https\", or remove the list.");
            }
        }
    }
}
