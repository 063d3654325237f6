using System.Reflection;
using System.Text.Json.Nodes;
using ConnectorKit.Tests.CustomCode;
using CustomerInsights.Emulator.Tests.TestSupport;

namespace CustomerInsights.Emulator.Tests.Routes;

/// <summary>
/// The emulator answers GetEntitySchema itself; the connector answers it with custom code (script.csx) over the REST
/// API's entity call. Both must agree: the script runs here against the emulator's entity answer, for every seeded
/// entity, and its result must equal the emulator's.
/// </summary>
public sealed class EntitySchemaCustomCodeTests
{
    private static CancellationToken Token => EmulatorFixture.Token;

    [Fact]
    public async Task TheConnectorsCustomCodeAndTheEmulatorGiveTheSameSchemaForEveryEntity()
    {
        var root = typeof(EntitySchemaCustomCodeTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        var scriptPath = Path.Combine(root, "connector", "script.csx");
        var compiled = ScriptCompiler.Compile(await File.ReadAllTextAsync(scriptPath, Token), scriptPath);
        Assert.Empty(compiled.Errors);
        using var runner = new ScriptRunner(compiled.Image!);
        await using var emulator = await EmulatorFixture.StartAsync();

        var compared = 0;
        foreach (var instance in await emulator.Client.ListInstancesAsync(Token))
        {
            var dataset = instance.InstanceId!.Value.ToString();
            foreach (var entity in (await emulator.Client.GetEntitiesAsync(dataset, Token)).Entities!)
            {
                var emulated = await emulator.Client.GetEntitySchemaAsync(dataset, entity.QualifiedEntityName!, Token);
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(emulator.Host.ServiceRoot, $"instances/{dataset}/manage/entities/{entity.QualifiedEntityName}/schema"));
                using var response = await runner.RunAsync("GetEntitySchema", request, backend => emulator.Http.SendAsync(backend, Token), Token);
                var scripted = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token));

                Assert.True(JsonNode.DeepEquals(scripted!["schema"], emulated.Schema),
                    $"{entity.QualifiedEntityName}: script {scripted!["schema"]?.ToJsonString()} vs emulator {emulated.Schema?.ToJsonString()}");
                compared++;
            }
        }

        Assert.Equal(5, compared);
    }
}
