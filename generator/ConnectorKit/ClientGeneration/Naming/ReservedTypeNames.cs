namespace ConnectorKit.ClientGeneration.Naming;

/// <summary>
/// Type and namespace names the generated code uses without qualification. A model with one of these names would hide
/// the framework type inside the client's namespace, so models never get them.
/// </summary>
internal static class ReservedTypeNames
{
    public static IReadOnlyList<string> All { get; } =
    [
        "System", "Microsoft", "Action", "Func", "Task", "ValueTask", "CancellationToken", "TimeProvider", "TimeSpan", "Uri",
        "UriKind", "Math", "Convert", "Exception", "ArgumentException", "ArgumentNullException", "InvalidOperationException",
        "IFormattable", "Type", "Object", "String", "Boolean", "Byte", "Int32", "Int64", "Single", "Double", "Decimal", "Guid",
        "DateTimeOffset", "DateOnly", "Nullable", "Array", "Stream", "MemoryStream", "Encoding", "StringBuilder", "CultureInfo",
        "IEnumerable", "IReadOnlyList", "IReadOnlyDictionary", "IDictionary", "IAsyncEnumerable", "List", "HashSet", "KeyValuePair",
        "HttpClient", "HttpMethod", "HttpStatusCode", "HttpContent", "HttpRequestMessage", "HttpResponseMessage",
        "ByteArrayContent", "StringContent", "MultipartFormDataContent", "FormUrlEncodedContent", "MediaTypeHeaderValue",
        "AuthenticationHeaderValue", "JsonNode", "JsonObject", "JsonArray", "JsonValue", "JsonDocument", "JsonElement",
        "JsonException", "JsonSerializer", "JsonSerializerOptions", "JsonSerializerContext", "JsonTypeInfo", "JsonTokenType",
        "JsonConverter", "JsonConverterAttribute", "JsonPropertyName", "JsonPropertyNameAttribute", "JsonExtensionData",
        "JsonExtensionDataAttribute", "JsonSerializable", "JsonSerializableAttribute", "JsonSourceGenerationOptions",
        "JsonSourceGenerationOptionsAttribute", "JsonIgnoreCondition", "JsonNumberHandling", "JsonCommentHandling",
        "Utf8JsonReader", "Utf8JsonWriter", "GeneratedCode", "GeneratedCodeAttribute", "Obsolete", "ObsoleteAttribute",
        "EnumeratorCancellation", "EnumeratorCancellationAttribute", "RateLimiter", "MetadataName", "IServiceCollection",
        "IHttpClientBuilder", "IOptions",

        // Members of the source-generated serializer context, which names a property after each type it knows.
        "Default", "Options", "GeneratedSerializerOptions", "GetTypeInfo",

        // Members every record and open enum has: a type may not share its name with one of its members.
        "Value", "EqualityContract", "PrintMembers", "Deconstruct", "Equals", "GetHashCode", "ToString", "GetType",
        "MemberwiseClone", "Finalize", "ReferenceEquals",
    ];
}
