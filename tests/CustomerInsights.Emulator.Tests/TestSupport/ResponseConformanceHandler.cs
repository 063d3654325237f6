using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConnectorKit.Conformance;
using ConnectorKit.Definition;
using ConnectorKit.Json;
using CustomerInsights.Emulator.Routes;

namespace CustomerInsights.Emulator.Tests.TestSupport;

/// <summary>
/// Sits between a client and the emulator and holds every answer to the connector's own definition: the operation
/// the request is for must declare the status code, and a body must conform to the schema declared for it. A
/// mismatch fails the call with <see cref="ResponseMismatchException"/>, naming the operation and the JSON pointer.
/// </summary>
public sealed class ResponseConformanceHandler(EmulatedConnector connector) : DelegatingHandler(new HttpClientHandler())
{
    private readonly List<(Regex Pattern, string Method, OperationView Operation)> _routes = [.. connector.Swagger.Operations.Select(operation =>
        (new Regex("^" + Regex.Replace(Regex.Escape(connector.BasePath + operation.Path), @"\\\{[^}]+}", "[^/]+") + "$", RegexOptions.CultureInvariant),
            operation.Method, operation))];

    /// <summary>Every operation id an answer was checked for, so a test can show that each operation was exercised.</summary>
    public HashSet<string> CheckedOperations { get; } = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        var match = _routes.FirstOrDefault(r => r.Method.Equals(request.Method.Method, StringComparison.OrdinalIgnoreCase) && r.Pattern.IsMatch(path));
        if (match.Operation.OperationId is not { } operationId)
        {
            return response;
        }

        var status = (int)response.StatusCode;
        var declared = OperationSchemas.Response(connector.Swagger, match.Operation, status);
        if (declared is null)
        {
            throw new ResponseMismatchException($"{operationId} answered {status}, which its definition does not declare.");
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (declared.Child("schema") is { } schema)
        {
            var findings = connector.Conformance.Check(text.Length == 0 ? null : JsonNode.Parse(text), schema);
            if (findings.Count > 0)
            {
                throw new ResponseMismatchException($"{operationId} answered {status} with a body that breaks its schema: {string.Join("; ", findings)}");
            }
        }

        CheckedOperations.Add(operationId);
        return response;
    }
}

public sealed class ResponseMismatchException(string message) : Exception(message);
