using Microsoft.OpenApi;
using JsonPointer = ConnectorKit.Json.JsonPointer;

namespace ConnectorKit.Import.OpenApi3;

/// <summary>References to the components of the document itself (<c>#/components/schemas/Pet</c>), by section.</summary>
internal static class ComponentReferences
{
    /// <summary>The name of the component of <paramref name="section"/> (schemas, parameters, ...) the reference names, or null.</summary>
    public static string? Name(BaseOpenApiReference? reference, string section)
    {
        var prefix = "#/components/" + section + "/";
        return reference is { IsExternal: false, ReferenceV3: { } target } && target.StartsWith(prefix, StringComparison.Ordinal)
            ? JsonPointer.Unescape(target[prefix.Length..])
            : null;
    }

    /// <summary>Where a component is in the document.</summary>
    public static string Pointer(string section, string name) => JsonPointer.Append("/components/" + section, name);
}
