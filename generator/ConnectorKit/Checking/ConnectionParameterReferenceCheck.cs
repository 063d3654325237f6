using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>
/// CK2017: <c>@connectionParameters('name')</c> in a policy parameter value names a connection parameter that exists:
/// one under <c>connectionParameters</c>, in a connection parameter set, or the auth's own parameter(s).
/// </summary>
public sealed partial class ConnectionParameterReferenceCheck : IModelCheck
{
    public string Id => "connection-parameter-references";

    public void Check(ConnectorModel model, DiagnosticBag diagnostics)
    {
        var defined = DefinedNames(model);
        foreach (var policy in model.Policies)
        {
            foreach (var (pointer, text) in StringValues(policy.Parameters.Value, JsonPointer.Root))
            {
                foreach (Match match in ConnectionParameterExpression().Matches(text))
                {
                    var name = match.Groups["name"].Value;
                    if (!defined.Contains(name))
                    {
                        diagnostics.Add(
                            DiagnosticCodes.UnknownConnectionParameter,
                            policy.Parameters.PositionOf(pointer),
                            $"'{match.Value}' names connection parameter '{name}', which is not defined.{Suggestions.DidYouMean(name, defined.Order(StringComparer.Ordinal))}");
                    }
                }
            }
        }
    }

    private static HashSet<string> DefinedNames(ConnectorModel model)
    {
        var names = model.ConnectionParameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        AddAuthNames(model.Auth, names);
        foreach (var set in model.ConnectionParameterSets?.Sets ?? [])
        {
            names.UnionWith(set.Parameters.Select(p => p.Name));
            AddAuthNames(set.Auth, names);
        }

        return names;
    }

    private static void AddAuthNames(AuthModel? auth, HashSet<string> names)
    {
        if (auth is not { WithParameter: true })
        {
            return;
        }

        names.Add(auth.ParameterName);
        if (auth.Kind == AuthKind.Basic)
        {
            names.Add("username");
            names.Add("password");
        }
    }

    private static IEnumerable<(string Pointer, string Text)> StringValues(JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonObject obj:
                return obj.SelectMany(p => StringValues(p.Value, JsonPointer.Append(pointer, p.Key)));
            case JsonArray array:
                return array.SelectMany((item, index) => StringValues(item, JsonPointer.Append(pointer, index)));
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return [(pointer, value.GetValue<string>())];
            default:
                return [];
        }
    }

    [GeneratedRegex(@"@connectionParameters\(\s*'(?<name>[^']*)'", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionParameterExpression();
}
