using System.Reflection;
using System.Runtime.Loader;

namespace ConnectorKit.ScriptHost.Execution;

/// <summary>
/// A collectible load context for one compiled script. Everything the script references (the framework,
/// Newtonsoft.Json, the logging abstractions and this worker's ScriptBase) resolves from the default context, so the
/// script and the worker share one ScriptBase type.
/// </summary>
internal sealed class ScriptLoadContext() : AssemblyLoadContext("connector-script", isCollectible: true)
{
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
