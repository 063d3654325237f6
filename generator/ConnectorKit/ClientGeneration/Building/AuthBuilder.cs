using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConnectorKit.ClientGeneration.Naming;
using ConnectorKit.ClientGeneration.Text;
using ConnectorKit.ClientGeneration.ViewModels;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.ClientGeneration.Building;

/// <summary>The client's authentication, and the headers a policy sends only on some operations (by operation id).</summary>
internal sealed record BuiltAuth(AuthViewModel Auth, IReadOnlyDictionary<string, IReadOnlyList<ValueViewModel>> ScopedHeaders);

/// <summary>
/// Reads what a request must carry besides its parameters: basic or API-key security, and the headers of
/// <c>setheader</c> policies, whose constant values are sent as they are and whose
/// <c>@connectionParameters('x')</c> values become string options.
/// </summary>
internal static partial class AuthBuilder
{
    private static readonly string[] OptionMembers =
        ["Endpoint", "AccessTokenProvider", "Username", "Password", "MaxRetries", "MaxRetryDelay", "RateLimiter", "TimeProvider",
         "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize"];

    public static BuiltAuth Build(ConnectorDefinition definition, ClientNames names)
    {
        var optionNames = new NameScope([names.Options, .. OptionMembers]);
        var options = new List<OptionViewModel>();
        var headers = new List<ValueViewModel>();
        var query = new List<ValueViewModel>();
        var hasBasic = false;
        foreach (var (key, node) in definition.Swagger.SecurityDefinitions ?? [])
        {
            var scheme = node.ObjectOrNull();
            switch (scheme?["type"].StringOrNull())
            {
                case "basic":
                    hasBasic = true;
                    break;
                case "apiKey" when scheme.Child("name").StringOrNull() is { } wireName:
                    var option = optionNames.Take(CSharpIdentifiers.ToPascalCase(key, "ApiKey"));
                    options.Add(new OptionViewModel(option, DocText.Lines($"The API key sent as {(scheme.Child("in").StringOrNull() == "query" ? "query parameter" : "header")} {wireName}.")));
                    (scheme.Child("in").StringOrNull() == "query" ? query : headers).Add(new ValueViewModel(CSharpLiteral.String(wireName), "Options." + option));
                    break;
            }
        }

        var scoped = new Dictionary<string, List<ValueViewModel>>(StringComparer.Ordinal);
        var parameterOptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var policy in definition.Properties.PolicyTemplateInstances.OfType<JsonObject>())
        {
            if (SetHeader(policy) is not { } header)
            {
                continue;
            }

            string value;
            if (ConnectionParameter().Match(header.Value) is { Success: true } match)
            {
                var parameter = match.Groups["name"].Value;
                if (!parameterOptions.TryGetValue(parameter, out var option))
                {
                    option = parameterOptions[parameter] = optionNames.Take(CSharpIdentifiers.ToPascalCase(parameter, "ConnectionValue"));
                    options.Add(new OptionViewModel(option, OptionDocs(definition, parameter, header.Name)));
                }

                value = "Options." + option;
            }
            else if (!header.Value.StartsWith('@'))
            {
                value = CSharpLiteral.String(header.Value);
            }
            else
            {
                continue;
            }

            var sent = new ValueViewModel(CSharpLiteral.String(header.Name), value);
            if (header.Operations.Count == 0)
            {
                headers.Add(sent);
            }

            foreach (var operation in header.Operations)
            {
                (scoped.TryGetValue(operation, out var list) ? list : scoped[operation] = []).Add(sent with { ValueExpression = ClientSide(value) });
            }
        }

        var auth = new AuthViewModel { HasBasic = hasBasic, Options = options, Headers = headers, Query = query };
        return new BuiltAuth(auth, scoped.ToDictionary(p => p.Key, p => (IReadOnlyList<ValueViewModel>)p.Value, StringComparer.Ordinal));
    }

    private static (string Name, string Value, IReadOnlyList<string> Operations)? SetHeader(JsonObject policy)
    {
        var parameters = policy.Child("parameters").ObjectOrNull();
        if (policy.Child("templateId").StringOrNull() != "setheader" || parameters is null
            || parameters.Child("x-ms-apimTemplateParameter.name").StringOrNull() is not { Length: > 0 } name
            || parameters.Child("x-ms-apimTemplateParameter.value").StringOrNull() is not { } value
            || (parameters.Child("x-ms-apimTemplate-policySection").StringOrNull() ?? "Request") != "Request")
        {
            return null;
        }

        var operations = (parameters.Child("x-ms-apimTemplate-operationName").ArrayOrNull() ?? []).Select(n => n.StringOrNull()).OfType<string>().ToList();
        return (name, value, operations);
    }

    private static IReadOnlyList<string> OptionDocs(ConnectorDefinition definition, string parameter, string header)
    {
        var description = definition.Properties.ConnectionParameters.Child(parameter).ObjectOrNull().Child("uiDefinition").ObjectOrNull().Child("description").StringOrNull();
        return DocText.Lines((description is null ? string.Empty : description + "\n") + $"Sent as header {header}.");
    }

    private static string ClientSide(string value) => value.StartsWith("Options.", StringComparison.Ordinal) ? "_transport." + value : value;

    [GeneratedRegex(@"^@connectionParameters\('(?<name>[^']+)'\)$")]
    private static partial Regex ConnectionParameter();
}
