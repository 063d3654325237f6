using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>
/// Builds the connection parameter(s) an authentication needs: a secure API key, a user name and password, or the
/// OAuth settings.
/// </summary>
internal sealed class AuthParameterExpander(OriginRecorder origins, OAuthSettingsExpander oauthSettings)
{
    // The platform binds basic authentication to these two parameter names.
    public const string UserNameParameter = "username";
    public const string PasswordParameter = "password";

    public void AddTo(JsonObject parameters, AuthModel auth, string pointer)
    {
        if (!auth.WithParameter)
        {
            return;
        }

        switch (auth.Kind)
        {
            case AuthKind.ApiKey:
                Add(parameters, auth.ParameterName, auth, pointer, new JsonObject
                {
                    ["type"] = "securestring",
                    ["uiDefinition"] = WithConstraints(ConnectionParameterExpander.UiDefinition(
                        auth.DisplayName ?? "API key", auth.Description ?? "The API key to connect with.", auth.Tooltip,
                        auth.Required), auth),
                });
                break;
            case AuthKind.Basic:
                Add(parameters, UserNameParameter, auth, pointer, new JsonObject
                {
                    ["type"] = "string",
                    ["uiDefinition"] = ConnectionParameterExpander.UiDefinition("User name", "The user name to connect with.", tooltip: null, required: true),
                });
                Add(parameters, PasswordParameter, auth, pointer, new JsonObject
                {
                    ["type"] = "securestring",
                    ["uiDefinition"] = ConnectionParameterExpander.UiDefinition("Password", "The password to connect with.", tooltip: null, required: true),
                });
                break;
            case AuthKind.OAuth2:
                var parameterPointer = JsonPointer.Append(pointer, auth.ParameterName);
                Add(parameters, auth.ParameterName, auth, pointer, ExpandOAuthParameter(auth, parameterPointer));
                break;
        }
    }

    private JsonObject ExpandOAuthParameter(AuthModel auth, string pointer)
    {
        var parameter = new JsonObject
        {
            ["type"] = "oauthSetting",
            ["oAuthSettings"] = oauthSettings.Expand(auth, JsonPointer.Append(pointer, "oAuthSettings")),
        };
        if (auth.DisplayName is not null || auth.Description is not null)
        {
            var uiDefinition = ConnectionParameterExpander.UiDefinition(
                auth.DisplayName, auth.Description, auth.Tooltip, auth.Required);
            parameter["uiDefinition"] = WithConstraints(uiDefinition, auth);
        }

        return parameter;
    }

    /// <summary>The auth's tabIndex, clearText and hidden beside the parameter's <c>required</c>.</summary>
    private static JsonObject WithConstraints(JsonObject uiDefinition, AuthModel auth)
    {
        ConnectionParameterExpander.AddConstraints(
            uiDefinition, auth.TabIndex, auth.ClearText, auth.Hidden?.DeepClone());
        return uiDefinition;
    }

    private void Add(JsonObject parameters, string name, AuthModel auth, string pointer, JsonObject parameter)
    {
        origins.Record(JsonPointer.Append(pointer, name), auth.Position);
        parameters[name] = parameter;
    }
}
