using System.Globalization;
using System.Text.RegularExpressions;

namespace ConnectorKit.Writing;

/// <summary>
/// The name of a file staged beside its target, <c>TARGET.connectorkit-PID-TICKS.staging</c>: recognisably ours, and
/// naming the process that wrote it, so the next run removes it only when that process no longer runs. Version 1 of
/// the toolkit staged as <c>TARGET.tmp-PID</c>; those are recognised too, for targets the run itself writes or owns.
/// </summary>
public sealed partial record StagingName(string TargetName, WriterIdentity Writer, bool IsLegacy)
{
    public static string For(string targetName, WriterIdentity writer) => $"{targetName}.connectorkit-{writer.Token}.staging";

    public static StagingName? Parse(string fileName)
    {
        if (Current().Match(fileName) is { Success: true } current && WriterIdentity.Parse(current.Groups["writer"].Value) is { } writer)
        {
            return new StagingName(current.Groups["target"].Value, writer, IsLegacy: false);
        }

        return Legacy().Match(fileName) is { Success: true } legacy
            && int.TryParse(legacy.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var processId)
                ? new StagingName(legacy.Groups["target"].Value, new WriterIdentity(processId, null), IsLegacy: true)
                : null;
    }

    [GeneratedRegex(@"^(?<target>.+)\.connectorkit-(?<writer>[0-9]{1,10}-[0-9]{1,20})\.staging$", RegexOptions.CultureInvariant)]
    private static partial Regex Current();

    [GeneratedRegex(@"^(?<target>.+)\.tmp-(?<pid>[0-9]{1,10})$", RegexOptions.CultureInvariant)]
    private static partial Regex Legacy();
}
