using System.Text;
using System.Text.RegularExpressions;
using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>CK2018: operation ids are PascalCase letters and digits, as the designer and generated clients expect.</summary>
public sealed partial class OperationIdFormCheck : IModelCheck
{
    public string Id => "operation-id-form";

    public void Check(ConnectorModel model, DiagnosticBag diagnostics)
    {
        foreach (var operation in model.Operations)
        {
            if (!PascalCase().IsMatch(operation.Id))
            {
                var suggestion = ToPascalCase(operation.Id);
                var hint = PascalCase().IsMatch(suggestion) ? $" Use '{suggestion}'." : string.Empty;
                diagnostics.Add(
                    DiagnosticCodes.InvalidOperationId,
                    operation.Position,
                    $"Operation id '{operation.Id}' must start with an upper-case letter and contain only letters and digits.{hint}");
            }
        }
    }

    /// <summary>Joins the alphanumeric runs of the id, each with an upper-case first letter: get_items -> GetItems.</summary>
    private static string ToPascalCase(string id)
    {
        var builder = new StringBuilder(id.Length);
        var startsWord = true;
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                startsWord = true;
                continue;
            }

            builder.Append(startsWord ? char.ToUpperInvariant(c) : c);
            startsWord = false;
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PascalCase();
}
