using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>How a bare name in an older dynamic extension resolves in its calling operation.</summary>
internal enum LegacyReferenceKind
{
    /// <summary>A parameter and nothing else: unambiguous.</summary>
    Parameter,

    /// <summary>Both a parameter and a property inside a body parameter.</summary>
    Ambiguous,

    /// <summary>Only a property inside a body parameter.</summary>
    BodyProperty,

    /// <summary>Neither.</summary>
    Unknown,
}

/// <summary>
/// The references of <c>x-ms-dynamic-values</c> and <c>x-ms-dynamic-schema</c> (<c>{ "parameter": "name" }</c>) name
/// their input by a bare name, which cannot say whether a parameter or a body property is meant. The newer
/// <c>x-ms-dynamic-list</c> and <c>x-ms-dynamic-properties</c> use path strings instead; when one of them is written
/// beside the older extension, clients use it and the older references are not judged.
/// </summary>
internal static class LegacyReferences
{
    public static IEnumerable<(DynamicBinding Binding, LegacyReferenceKind Kind)> Unreplaced(DynamicCall call, string legacyExtension)
    {
        var invocation = call.Invocation;
        if (invocation.Extension != legacyExtension || invocation.IsSuperseded)
        {
            yield break;
        }

        foreach (var binding in invocation.Bindings.Where(b => b.Kind == BindingKind.Reference))
        {
            var isParameter = call.Caller.Parameter(binding.Reference!) is not null;
            var isProperty = call.Caller.IsBodyProperty(binding.Reference!);
            yield return (binding, (isParameter, isProperty) switch
            {
                (true, true) => LegacyReferenceKind.Ambiguous,
                (true, false) => LegacyReferenceKind.Parameter,
                (false, true) => LegacyReferenceKind.BodyProperty,
                _ => LegacyReferenceKind.Unknown,
            });
        }
    }

    /// <summary>Where a finding about a reference points: its <c>parameter</c> member.</summary>
    public static string PointerOf(DynamicBinding binding) => JsonPointer.Append(binding.Pointer, "parameter");
}
