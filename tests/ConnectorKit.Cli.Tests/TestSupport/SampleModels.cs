namespace ConnectorKit.Cli.Tests.TestSupport;

/// <summary>Small connector models written to a folder for command tests.</summary>
public static class SampleModels
{
    public const string Minimal = """
        connector:
          title: Sample Service
          description: A small connector used by the command line tests of the toolkit.
          version: "1.0"
          host: api.example.com
          basePath: /v1
          publisher: Example
          stackOwner: Example
        actions:
          GetThing:
            method: get
            path: /things/{id}
            summary: Get a thing
            description: Gets one thing by its id.
            parameters:
              - { name: id, in: path, type: string, summary: Thing ID, description: The id of the thing. }
            responses:
              "200": { description: The thing. }
        """;

    /// <summary>A model with one load error (an unknown key) and one meaning error (a policy naming no operation).</summary>
    public const string Broken = """
        connector:
          title: Sample Service
          description: A small connector used by the command line tests of the toolkit.
          version: "1.0"
          host: api.example.com
          colour: red
        actions:
          GetThing:
            method: get
            path: /things
            summary: Get things
            description: Gets things.
        policies:
          - template: setheader
            operations: [NoSuchOperation]
            parameters: { name: X-Test, value: "1", existsAction: override }
        """;
}
