using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>
/// A parameter as an operation sees it: <see cref="Node"/> is the definition after following <c>$ref</c>;
/// <see cref="Pointer"/> is where the operation (or its path item) lists it, the place findings point at.
/// </summary>
internal sealed record ResolvedParameter(JsonObject Node, string Pointer, string DefinitionPointer, JsonNode Entry)
{
    public string? Name => Node.Child("name").StringOrNull();

    public string? In => Node.Child("in").StringOrNull();

    public string? Type => Node.Child("type").StringOrNull();

    public bool IsRequired => Node.Child("required").BooleanOrNull() == true;

    public bool IsInternal => Node.Child("x-ms-visibility").StringOrNull() == "internal";

    public bool HasDefault => Node.ContainsKey("default");

    public JsonObject? Schema => Node.Child("schema").ObjectOrNull();

    public bool IsIn(string location) => string.Equals(In, location, StringComparison.OrdinalIgnoreCase);

    /// <summary>The pointer of the definition's own member, e.g. its <c>required</c> flag, for findings about the definition.</summary>
    public string DefinitionMember(string member) => JsonPointer.Append(DefinitionPointer, member);
}
