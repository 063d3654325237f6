using System.Globalization;
using System.Text;

namespace ConnectorKit.Bench.Pipeline.Inputs;

/// <summary>
/// Generated models of many operations, written as a person writes them (shared parameters, schemas referenced by
/// name), to show how the cost grows with size. Deterministic: the same count gives the same bytes.
/// </summary>
internal static class ScaleModels
{
    public static readonly IReadOnlyList<int> OperationCounts = [100, 1000, 5000];

    /// <summary>Operations per shared schema: the model's schemas grow with its operations.</summary>
    private const int OperationsPerSchema = 10;

    /// <summary>Writes the model folder (connector.yaml) for <paramref name="operations"/> operations and returns it.</summary>
    public static string Write(string parent, int operations)
    {
        var folder = Path.Combine(parent, $"model-{operations}");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "connector.yaml"), Yaml(operations), new UTF8Encoding(false));
        return folder;
    }

    public static string Yaml(int operations)
    {
        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"""
            connector:
              title: "Scale {operations}"
              description: A generated connector of {operations} operations, for the pipeline benchmark.
              version: "1.0"
              host: api.example.com
              basePath: /v1
              schemes: [https]
              consumes: [application/json]
              produces: [application/json]
              publisher: "Bench"
              stackOwner: "Bench"
              capabilities: [actions]

            parameters:
              itemId:
                in: path
                type: string
                required: true
                summary: Item ID
                description: The ID of the item.

            actions:

            """);
        for (var i = 0; i < operations; i++)
        {
            AppendAction(yaml, i);
        }

        yaml.Append("\nschemas:\n");
        for (var s = 0; s < SchemaCount(operations); s++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                  Item{s:D4}:
                    type: object
                    description: An item of group {s}.
                    properties:
                      id: {"{"} type: string, x-ms-summary: Item ID, description: The ID of the item. {"}"}
                      name: {"{"} type: string, x-ms-summary: Name, description: The name of the item. {"}"}
                      count: {"{"} type: integer, format: int32, x-ms-summary: Count, description: How many there are. {"}"}
                      createdAt: {"{"} type: string, format: date-time, x-ms-summary: Created at, description: When the item was created. {"}"}

                """);
        }

        return yaml.ToString();
    }

    private static int SchemaCount(int operations) => (operations + OperationsPerSchema - 1) / OperationsPerSchema;

    /// <summary>A third of the operations list, a third get one item, a third create one with a body.</summary>
    private static void AppendAction(StringBuilder yaml, int i)
    {
        var schema = $"Item{i / OperationsPerSchema:D4}";
        switch (i % 3)
        {
            case 0:
                yaml.Append(CultureInfo.InvariantCulture, $"""
                      ListItems{i:D5}:
                        method: get
                        path: /collection{i:D5}/items
                        summary: List items {i}
                        description: Lists the items of collection {i}.
                        parameters:
                          - name: top
                            in: query
                            type: integer
                            format: int32
                            summary: Page size
                            description: The largest number of items to return.
                        responses:
                          "200": {"{"} description: The items., schema: {"{"} type: array, items: {"{"} $ref: {schema} {"}"} {"}"} {"}"}

                    """);
                break;
            case 1:
                yaml.Append(CultureInfo.InvariantCulture, $"""
                      GetItem{i:D5}:
                        method: get
                        path: /collection{i:D5}/items/{"{"}itemId{"}"}
                        summary: Get item {i}
                        description: Gets one item of collection {i} by its ID.
                        parameters: [itemId]
                        responses:
                          "200": {"{"} description: The item., schema: {"{"} $ref: {schema} {"}"} {"}"}

                    """);
                break;
            default:
                yaml.Append(CultureInfo.InvariantCulture, $"""
                      CreateItem{i:D5}:
                        method: post
                        path: /collection{i:D5}/items
                        summary: Create item {i}
                        description: Creates an item in collection {i}.
                        parameters:
                          - name: body
                            in: body
                            required: true
                            schema: {"{"} $ref: {schema} {"}"}
                        responses:
                          "201": {"{"} description: The new item., schema: {"{"} $ref: {schema} {"}"} {"}"}

                    """);
                break;
        }
    }
}
