using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Import.Conversion;
using Microsoft.OpenApi;
using JsonPointer = ConnectorKit.Json.JsonPointer;

namespace ConnectorKit.Import.OpenApi3;

/// <summary>
/// Turns OpenAPI 3 parameters (query, header, path) into Swagger 2.0 parameters: the schema's type and restrictions
/// become the parameter's own keys, <c>style</c>/<c>explode</c> a <c>collectionFormat</c>. A cookie parameter, a
/// parameter described by <c>content</c> and styles Swagger 2.0 has no format for are findings; the headers OpenAPI
/// itself ignores (Accept, Content-Type, Authorization) are left out, as OpenAPI says.
/// </summary>
internal sealed class ParameterConverter(ConversionContext context, SimpleValues values)
{
    private static readonly HashSet<string> IgnoredHeaders = new(StringComparer.OrdinalIgnoreCase) { "Accept", "Content-Type", "Authorization" };

    /// <summary>The component parameters written to the swagger's <c>parameters</c>, by name.</summary>
    public HashSet<string> Reusable { get; } = new(StringComparer.Ordinal);

    /// <summary>A component parameter, for the swagger's <c>parameters</c>; null when Swagger 2.0 cannot say it.</summary>
    public JsonObject? ConvertComponent(string name, IOpenApiParameter parameter)
    {
        var converted = Convert(parameter, ComponentReferences.Pointer("parameters", name));
        if (converted is not null)
        {
            Reusable.Add(name);
        }

        return converted;
    }

    /// <summary>
    /// The parameters of an operation: those of its path item, then its own (which override one of the same name and
    /// location), each a reference when it is a component written as a reusable parameter.
    /// </summary>
    public List<JsonObject> ConvertAll(IList<IOpenApiParameter>? pathParameters, IList<IOpenApiParameter>? operationParameters, string pathPointer, string operationPointer)
    {
        var merged = new List<(IOpenApiParameter Parameter, string Pointer)>();
        foreach (var (parameter, pointer) in Pointed(pathParameters, pathPointer).Concat(Pointed(operationParameters, operationPointer)))
        {
            merged.RemoveAll(p => p.Parameter.Name == parameter.Name && p.Parameter.In == parameter.In);
            merged.Add((parameter, pointer));
        }

        var result = new List<JsonObject>();
        foreach (var (parameter, pointer) in merged)
        {
            if (ComponentName(parameter) is { } name && Reusable.Contains(name))
            {
                context.Record(pointer, pointer);
                result.Add(new JsonObject { ["$ref"] = "#/parameters/" + name });
            }
            else if (ComponentName(parameter) is null && Convert(parameter, pointer) is { } converted)
            {
                result.Add(converted);
            }
        }

        return result;
    }

    private static IEnumerable<(IOpenApiParameter, string)> Pointed(IList<IOpenApiParameter>? parameters, string owner) =>
        (parameters ?? []).Select((p, i) => (p, JsonPointer.Append(JsonPointer.Append(owner, "parameters"), i)));

    private static string? ComponentName(IOpenApiParameter parameter) =>
        ComponentReferences.Name((parameter as OpenApiParameterReference)?.Reference, "parameters");

    private JsonObject? Convert(IOpenApiParameter parameter, string pointer)
    {
        if (parameter.In is not { } location || location is ParameterLocation.Cookie or ParameterLocation.QueryString)
        {
            context.NotExpressible(pointer, $"Swagger 2.0 has no {(parameter.In == ParameterLocation.Cookie ? "cookie" : "such")} parameters; '{parameter.Name}' is left out. A policy or custom code can send it.");
            return null;
        }

        if (location == ParameterLocation.Header && IgnoredHeaders.Contains(parameter.Name ?? string.Empty))
        {
            context.DocumentationLeftOut(pointer, $"OpenAPI ignores a header parameter named '{parameter.Name}' (content types and auth say it); it is left out.");
            return null;
        }

        var result = new JsonObject
        {
            ["name"] = parameter.Name,
            ["in"] = location.ToString().ToLowerInvariant(),
        };
        result.AddIfPresent("description", parameter.Description);
        if (parameter.Required || location == ParameterLocation.Path)
        {
            result["required"] = true;
        }

        if (parameter.Content is { Count: > 0 })
        {
            context.NotExpressible(JsonPointer.Append(pointer, "content"), $"Swagger 2.0 parameters have no 'content'; '{parameter.Name}' is sent as a string.");
            result["type"] = "string";
        }
        else
        {
            values.Write(parameter.Schema, JsonPointer.Append(pointer, "schema"), result, $"the parameter '{parameter.Name}'");
        }

        WriteCollectionFormat(parameter, location, result, pointer);
#pragma warning disable CS0618 // OpenAPI 3 discourages allowEmptyValue; Swagger 2.0 has it, so a document that says it keeps it.
        var allowEmptyValue = parameter.AllowEmptyValue;
#pragma warning restore CS0618
        if (allowEmptyValue && location == ParameterLocation.Query)
        {
            result["allowEmptyValue"] = true;
        }

        if (location == ParameterLocation.Path && result["type"]?.GetValue<string>() == "string")
        {
            // The platform's default encoding, said outright so the validator does not ask for it.
            result["x-ms-url-encoding"] = "single";
        }

        ReportDocumentation(parameter, pointer);
        SchemaConverter.WriteExtensions((parameter as IOpenApiReadOnlyExtensible)?.Extensions, result);
        context.Record(pointer, pointer);
        return result;
    }

    private void WriteCollectionFormat(IOpenApiParameter parameter, ParameterLocation location, JsonObject result, string pointer)
    {
        if (result["type"]?.GetValue<string>() != "array")
        {
            return;
        }

        var style = parameter.Style ?? (location is ParameterLocation.Query ? ParameterStyle.Form : ParameterStyle.Simple);
        string? format = style switch
        {
            ParameterStyle.Form when location == ParameterLocation.Query => parameter.Explode ? "multi" : "csv",
            ParameterStyle.Simple => "csv",
            ParameterStyle.SpaceDelimited => "ssv",
            ParameterStyle.PipeDelimited => "pipes",
            _ => null,
        };
        if (format is null)
        {
            context.NotExpressible(JsonPointer.Append(pointer, "style"), $"Swagger 2.0 has no collection format for the style '{style}' of '{parameter.Name}'; its values are sent comma-separated.");
            format = "csv";
        }

        result["collectionFormat"] = format;
    }

    private void ReportDocumentation(IOpenApiParameter parameter, string pointer)
    {
        if (parameter.Deprecated)
        {
            context.DocumentationLeftOut(JsonPointer.Append(pointer, "deprecated"), $"Swagger 2.0 parameters have no 'deprecated'; say it in the description of '{parameter.Name}'.");
        }

        if (parameter.Example is not null || parameter.Examples is { Count: > 0 })
        {
            context.DocumentationLeftOut(JsonPointer.Append(pointer, parameter.Example is not null ? "example" : "examples"),
                $"Swagger 2.0 parameters outside the body have no examples; the example of '{parameter.Name}' is left out.");
        }

        if (parameter.AllowReserved)
        {
            context.NotExpressible(JsonPointer.Append(pointer, "allowReserved"), $"Swagger 2.0 has no 'allowReserved'; reserved characters in '{parameter.Name}' are percent-encoded.");
        }
    }
}
