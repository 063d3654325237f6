using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

/// <summary>
/// Custom code of the Customer Insights connector. The REST API has no schema endpoint, so GetEntitySchema reads the
/// entity and turns the Entity Data Model types of its attributes into a JSON schema; every other operation is
/// forwarded unchanged.
/// </summary>
public class Script : ScriptBase
{
    private const string SchemaSuffix = "/schema";
    private const string CollectionPrefix = "Collection(";

    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        if (this.Context.OperationId == "GetEntitySchema")
        {
            return await this.GetEntitySchemaAsync().ConfigureAwait(false);
        }

        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> GetEntitySchemaAsync()
    {
        var entityRequest = this.EntityRequest();
        var entityResponse = await this.Context.SendAsync(entityRequest, this.CancellationToken).ConfigureAwait(false);
        if (!entityResponse.IsSuccessStatusCode)
        {
            return entityResponse;
        }

        var entityText = await entityResponse.Content.ReadAsStringAsync().ConfigureAwait(false);
        var entity = JObject.Parse(entityText);
        var result = new JObject { ["schema"] = ItemSchema(entity) };
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = CreateJsonContent(result.ToString()) };
    }

    /// <summary>GET of the entity itself: the incoming path without its trailing /schema, with the same headers.</summary>
    private HttpRequestMessage EntityRequest()
    {
        var incoming = this.Context.Request;
        var builder = new UriBuilder(incoming.RequestUri) { Query = string.Empty };
        if (builder.Path.EndsWith(SchemaSuffix, StringComparison.Ordinal))
        {
            builder.Path = builder.Path.Substring(0, builder.Path.Length - SchemaSuffix.Length);
        }

        var request = new HttpRequestMessage(HttpMethod.Get, builder.Uri);
        foreach (var header in incoming.Headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return request;
    }

    private static JObject ItemSchema(JObject entity)
    {
        var properties = new JObject();
        var attributes = entity["attributes"] as JArray ?? new JArray();
        foreach (var attribute in attributes.OfType<JObject>())
        {
            var name = (string)attribute["name"];
            if (string.IsNullOrEmpty(name) || properties.ContainsKey(name))
            {
                continue;
            }

            var property = TypeSchema((string)attribute["dataType"] ?? string.Empty);
            property["x-ms-summary"] = name;
            properties[name] = property;
        }

        return new JObject
        {
            ["type"] = "object",
            ["properties"] = properties,
        };
    }

    /// <summary>The JSON schema of one Edm type; Collection(T) is an array of T, an unknown type a string.</summary>
    private static JObject TypeSchema(string edmType)
    {
        if (edmType.StartsWith(CollectionPrefix, StringComparison.Ordinal) && edmType.EndsWith(")", StringComparison.Ordinal))
        {
            var elementType = edmType.Substring(CollectionPrefix.Length, edmType.Length - CollectionPrefix.Length - 1);
            return new JObject { ["type"] = "array", ["items"] = TypeSchema(elementType) };
        }

        switch (edmType)
        {
            case "Edm.Boolean":
                return Typed("boolean", null);
            case "Edm.Byte":
            case "Edm.SByte":
            case "Edm.Int16":
            case "Edm.Int32":
                return Typed("integer", "int32");
            case "Edm.Int64":
                return Typed("integer", "int64");
            case "Edm.Single":
                return Typed("number", "float");
            case "Edm.Double":
                return Typed("number", "double");
            case "Edm.Decimal":
                return Typed("number", null);
            case "Edm.DateTimeOffset":
            case "Edm.DateTime":
                return Typed("string", "date-time");
            case "Edm.Date":
                return Typed("string", "date");
            case "Edm.Guid":
                return Typed("string", "uuid");
            case "Edm.Binary":
                return Typed("string", "byte");
            default:
                return Typed("string", null);
        }
    }

    private static JObject Typed(string type, string format)
    {
        var schema = new JObject { ["type"] = type };
        if (format != null)
        {
            schema["format"] = format;
        }

        return schema;
    }
}
