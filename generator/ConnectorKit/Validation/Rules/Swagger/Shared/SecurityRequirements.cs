using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>One entry of a security requirement (<c>{ "name": [scopes] }</c>) with the scheme it names, if defined.</summary>
internal readonly record struct SecurityRequirement(string Name, JsonNode? Scopes, string Pointer, JsonObject? Scheme);

/// <summary>The entries of the root's and the operations' <c>security</c> lists.</summary>
internal static class SecurityRequirements
{
    public static IEnumerable<SecurityRequirement> All(SwaggerDocument document)
    {
        var holders = new List<(JsonObject Node, string Pointer)> { (document.Node, JsonPointer.Root) };
        holders.AddRange(document.Operations.Select(o => (o.Node, o.Pointer)));
        foreach (var (node, pointer) in holders)
        {
            var requirements = node.Child("security").ArrayOrNull() ?? [];
            for (var index = 0; index < requirements.Count; index++)
            {
                if (requirements[index] is not JsonObject requirement)
                {
                    continue;
                }

                var requirementPointer = JsonPointer.Append(JsonPointer.Append(pointer, "security"), index);
                foreach (var (name, scopes) in requirement)
                {
                    yield return new SecurityRequirement(name, scopes, JsonPointer.Append(requirementPointer, name), document.SecurityDefinitions.Child(name) as JsonObject);
                }
            }
        }
    }
}
