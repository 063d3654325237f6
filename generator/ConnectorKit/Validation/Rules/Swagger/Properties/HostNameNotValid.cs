using System.Text.RegularExpressions;
using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary><c>host</c> is a host name or address with an optional port: no scheme, no path, no spaces.</summary>
public sealed partial class HostNameNotValid : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(HostNameNotValid), "The 'host' is not a bare host name.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        if (context.Definition.Swagger.Host is { } host && !HostPattern().IsMatch(host))
        {
            context.ReportSwagger("/host", $"The host '{host}' must be a host name with an optional port, such as 'api.contoso.com' or 'api.contoso.com:8443', without a scheme, path or spaces.");
        }
    }

    // A placeholder such as '{tenant}.contoso.com' is not a host either: a routing policy rewrites a literal host.
    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9\-._]*[A-Za-z0-9])?(?::[0-9]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostPattern();
}
