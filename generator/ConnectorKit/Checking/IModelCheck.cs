using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>One semantic rule of the connector model. Checks are stateless and report every finding to the bag.</summary>
public interface IModelCheck
{
    /// <summary>A stable id that <see cref="ModelCheckOptions"/> uses to switch the check off.</summary>
    string Id { get; }

    void Check(ConnectorModel model, DiagnosticBag diagnostics);
}
