using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Extensions;

/// <summary>
/// <c>x-ms-visibility</c> is the empty string. Certified connectors ship it and the platform takes it as no visibility
/// (shown as usual), so it is a warning here rather than <c>JsonValueNotInEnum</c>'s error: the key says nothing.
/// </summary>
public sealed class CkVisibilityEmpty : IValidationRule
{
    public const string Key = "x-ms-visibility";

    private static readonly KeyFix RemoveVisibility = KeyFix.Remove(Key);

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkVisibilityEmpty), "An x-ms-visibility is empty.", Severity.Warning);

    public bool CertificationOnly => false;

    public IReadOnlyList<KeyFix> Fixes => [RemoveVisibility];

    public string? Notes => "Certified connectors ship an empty x-ms-visibility and the platform takes them; any other value outside important, advanced and internal is JsonValueNotInEnum's error.";

    public void Validate(ValidationContext context)
    {
        foreach (var shaped in ShapedObjects.All(context.Definition.Swagger))
        {
            if (shaped.Node[Key].StringOrNull() is "")
            {
                context.Report(RemoveVisibility.At(shaped.Pointer), hint =>
                    $"{context.Terms.Name(DefinitionFileKind.ApiDefinition, Key)} is empty, which the platform takes as no visibility; {hint}, or give it one of important, advanced or internal.");
            }
        }
    }
}
