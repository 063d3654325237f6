namespace ConnectorKit.Runtime.Policies;

/// <summary>When a policy runs (<c>x-ms-apimTemplate-policySection</c>).</summary>
public enum PolicySection
{
    /// <summary>Before the request goes to custom code or the backend.</summary>
    Request,

    /// <summary>After the backend answered with a status below 400.</summary>
    Response,

    /// <summary>After the backend answered with 400 or more, or could not be reached.</summary>
    Failure,
}
