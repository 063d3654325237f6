using static ConnectorKit.Tests.Validation.Rules.Swagger.Operations.OperationsSwagger;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Operations;

/// <summary>
/// A document for the dynamic extension rules: <c>ListLists</c> (GET /lists/{site}, required path parameter
/// <c>site</c>, optional integer <c>top</c>; answers <c>{ value: [ { id, name } ] }</c>) is invoked from the body
/// property <c>list</c> of <c>AddItem</c>, which takes query parameters <c>site</c> (required), <c>region</c>,
/// <c>count</c> (integer) and <c>folder</c>, and a body with properties <c>folder</c>, <c>title</c> and <c>list</c>.
/// </summary>
internal static class DynamicSwagger
{
    private const string Target =
        "    \"/lists/{site}\": { \"get\": { \"operationId\": \"ListLists\", \"parameters\": [\n"
        + "      { \"name\": \"site\", \"in\": \"path\", \"required\": true, \"type\": \"string\" }, { \"name\": \"top\", \"in\": \"query\", \"type\": \"integer\" } ],\n"
        + "      \"responses\": { \"200\": { \"description\": \"OK\", \"schema\": { \"type\": \"object\", \"properties\": { \"value\": { \"type\": \"array\",\n"
        + "        \"items\": { \"type\": \"object\", \"properties\": { \"id\": { \"type\": \"string\" }, \"name\": { \"type\": \"string\" } } } } } } } } } }";

    /// <summary>The document, with <paramref name="extensions"/> written on the body property <c>list</c>.</summary>
    public static string Calling(string extensions, string extraCallerParameter = "") => Document(
        Target + ",\n"
        + "    \"/items\": { \"post\": { \"operationId\": \"AddItem\", \"parameters\": [\n"
        + "      { \"name\": \"site\", \"in\": \"query\", \"required\": true, \"type\": \"string\" },\n"
        + "      { \"name\": \"region\", \"in\": \"query\", \"type\": \"string\" },\n"
        + "      { \"name\": \"count\", \"in\": \"query\", \"type\": \"integer\" },\n"
        + "      { \"name\": \"folder\", \"in\": \"query\", \"type\": \"string\" },\n"
        + (extraCallerParameter.Length > 0 ? "      " + extraCallerParameter + ",\n" : string.Empty)
        + "      { \"name\": \"body\", \"in\": \"body\", \"schema\": { \"type\": \"object\", \"properties\": {\n"
        + "        \"folder\": { \"type\": \"string\" }, \"title\": { \"type\": \"string\" },\n"
        + "        \"list\": { \"type\": \"string\",\n          " + extensions + " } } } } ],\n"
        + "      " + Ok + " } }");

    /// <summary>An <c>x-ms-dynamic-values</c> invoking ListLists with the given parameters and paths.</summary>
    public static string Values(string parameters, string paths = "\"value-collection\": \"value\", \"value-path\": \"id\", \"value-title\": \"name\"", string operationId = "ListLists") =>
        $"\"x-ms-dynamic-values\": {{ \"operationId\": \"{operationId}\", {paths}, \"parameters\": {parameters} }}";

    /// <summary>An <c>x-ms-dynamic-list</c> invoking ListLists with the given parameters.</summary>
    public static string List(string parameters) =>
        $"\"x-ms-dynamic-list\": {{ \"operationId\": \"ListLists\", \"itemsPath\": \"value\", \"itemValuePath\": \"id\", \"parameters\": {parameters} }}";
}
