using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>CK2005: a response written as a name refers to a reusable response that is defined.</summary>
public sealed class ResponseReferenceCheck : IModelCheck
{
    public string Id => "response-references";

    public void Check(ConnectorModel model, DiagnosticBag diagnostics)
    {
        var names = model.Responses.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var operation in model.Operations)
        {
            foreach (var response in operation.Responses)
            {
                if (response.Reference is { } reference && !names.Contains(reference.Name))
                {
                    diagnostics.Add(
                        DiagnosticCodes.UnknownResponse,
                        reference.Position,
                        $"Response '{response.Key}' of operation '{operation.Id}' names '{reference.Name}', which is not defined under 'responses'.{Suggestions.DidYouMean(reference.Name, names.Order(StringComparer.Ordinal))}");
                }
            }
        }
    }
}
