namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>The fixed fields of the Swagger 2.0 objects a connector definition is made of, as the specification lists them.</summary>
internal static class SwaggerShapes
{
    private const JsonKinds Text = JsonKinds.String;
    private const JsonKinds Numeric = JsonKinds.Number | JsonKinds.Integer;
    private const JsonKinds Whole = JsonKinds.Integer;
    private const JsonKinds Flag = JsonKinds.Boolean;
    private const JsonKinds Map = JsonKinds.Object;
    private const JsonKinds List = JsonKinds.Array;

    public static ObjectShape Root { get; } = Shape("document", new()
    {
        ["swagger"] = new(Text, true), ["info"] = new(Map, true), ["host"] = new(Text), ["basePath"] = new(Text),
        ["schemes"] = new(List), ["consumes"] = new(List), ["produces"] = new(List), ["paths"] = new(Map, true),
        ["definitions"] = new(Map), ["parameters"] = new(Map), ["responses"] = new(Map), ["securityDefinitions"] = new(Map),
        ["security"] = new(List), ["tags"] = new(List), ["externalDocs"] = new(Map),
    });

    public static ObjectShape Info { get; } = Shape("info", new()
    {
        ["title"] = new(Text, true), ["description"] = new(Text), ["termsOfService"] = new(Text), ["contact"] = new(Map),
        ["license"] = new(Map), ["version"] = new(Text, true),
    });

    public static ObjectShape Contact { get; } = Shape("contact", new() { ["name"] = new(Text), ["url"] = new(Text), ["email"] = new(Text) });

    public static ObjectShape License { get; } = Shape("license", new() { ["name"] = new(Text, true), ["url"] = new(Text) });

    public static ObjectShape PathItem { get; } = Shape("path item", new()
    {
        ["$ref"] = new(Text), ["get"] = new(Map), ["put"] = new(Map), ["post"] = new(Map), ["delete"] = new(Map),
        ["options"] = new(Map), ["head"] = new(Map), ["patch"] = new(Map), ["parameters"] = new(List),
    });

    public static ObjectShape Operation { get; } = Shape("operation", new()
    {
        ["tags"] = new(List), ["summary"] = new(Text), ["description"] = new(Text), ["externalDocs"] = new(Map),
        ["operationId"] = new(Text), ["consumes"] = new(List), ["produces"] = new(List), ["parameters"] = new(List),
        ["responses"] = new(Map, true), ["schemes"] = new(List), ["deprecated"] = new(Flag), ["security"] = new(List),
    });

    /// <summary>The value keywords non-body parameters, items and headers share.</summary>
    private static readonly Dictionary<string, FieldShape> ValueFields = new()
    {
        ["type"] = new(Text), ["format"] = new(Text), ["items"] = new(Map), ["collectionFormat"] = new(Text),
        ["default"] = new(JsonKinds.Any), ["maximum"] = new(Numeric), ["exclusiveMaximum"] = new(Flag), ["minimum"] = new(Numeric),
        ["exclusiveMinimum"] = new(Flag), ["maxLength"] = new(Whole), ["minLength"] = new(Whole), ["pattern"] = new(Text),
        ["maxItems"] = new(Whole), ["minItems"] = new(Whole), ["uniqueItems"] = new(Flag), ["enum"] = new(List),
        ["multipleOf"] = new(Numeric),
    };

    public static ObjectShape BodyParameter { get; } = Shape("body parameter", new()
    {
        ["name"] = new(Text, true), ["in"] = new(Text, true), ["description"] = new(Text), ["required"] = new(Flag), ["schema"] = new(Map, true),
    });

    public static ObjectShape OtherParameter { get; } = Shape("parameter", new(ValueFields)
    {
        ["name"] = new(Text, true), ["in"] = new(Text, true), ["description"] = new(Text), ["required"] = new(Flag),
        ["allowEmptyValue"] = new(Flag), ["type"] = new(Text, true),
    });

    public static ObjectShape Items { get; } = Shape("items", new(ValueFields) { ["type"] = new(Text, true) });

    public static ObjectShape Header { get; } = Shape("header", new(ValueFields) { ["type"] = new(Text, true), ["description"] = new(Text) });

    public static ObjectShape Response { get; } = Shape("response", new()
    {
        ["description"] = new(Text, true), ["schema"] = new(Map), ["headers"] = new(Map), ["examples"] = new(Map),
    });

    public static ObjectShape Tag { get; } = Shape("tag", new() { ["name"] = new(Text, true), ["description"] = new(Text), ["externalDocs"] = new(Map) });

    public static ObjectShape ExternalDocs { get; } = Shape("external documentation", new() { ["description"] = new(Text), ["url"] = new(Text, true) });

    public static ObjectShape SecurityScheme { get; } = Shape("security scheme", new()
    {
        ["type"] = new(Text, true), ["description"] = new(Text), ["name"] = new(Text), ["in"] = new(Text), ["flow"] = new(Text),
        ["authorizationUrl"] = new(Text), ["tokenUrl"] = new(Text), ["scopes"] = new(Map),
    });

    public static ObjectShape Schema { get; } = Shape("schema", new()
    {
        ["$ref"] = new(Text), ["format"] = new(Text), ["title"] = new(Text), ["description"] = new(Text), ["default"] = new(JsonKinds.Any),
        ["multipleOf"] = new(Numeric), ["maximum"] = new(Numeric), ["exclusiveMaximum"] = new(Flag), ["minimum"] = new(Numeric),
        ["exclusiveMinimum"] = new(Flag), ["maxLength"] = new(Whole), ["minLength"] = new(Whole), ["pattern"] = new(Text),
        ["maxItems"] = new(Whole), ["minItems"] = new(Whole), ["uniqueItems"] = new(Flag), ["maxProperties"] = new(Whole),
        ["minProperties"] = new(Whole), ["required"] = new(List), ["enum"] = new(List), ["type"] = new(Text),
        ["items"] = new(Map | List), ["allOf"] = new(List), ["properties"] = new(Map), ["additionalProperties"] = new(Map | Flag),
        ["discriminator"] = new(Text), ["readOnly"] = new(Flag), ["xml"] = new(Map), ["externalDocs"] = new(Map), ["example"] = new(JsonKinds.Any),
    });

    private static ObjectShape Shape(string name, Dictionary<string, FieldShape> fields) => new(name, fields);
}
