using ConnectorKit.Runtime.Policies.Templates;

namespace ConnectorKit.Runtime.Policies;

/// <summary>
/// Every policy template the runtime runs, by template id (matched without case, as the platform does): the sections
/// it may run in (the first is its default) and how it is built from a policy instance.
/// </summary>
public static class RuntimePolicyCatalogue
{
    public sealed record Entry(string Id, IReadOnlyList<PolicySection> Sections, Func<PolicyDefinition, IRuntimePolicy> Create);

    public static IReadOnlyList<Entry> All { get; } =
    [
        new(ConvertArrayToObject.Id, ConvertArrayToObject.Sections, ConvertArrayToObject.Create),
        new(ConvertObjectToArray.Id, ConvertObjectToArray.Sections, ConvertObjectToArray.Create),
        new(DynamicHostUrl.Id, DynamicHostUrl.Sections, DynamicHostUrl.Create),
        new(DynamicSubdomain.Id, DynamicSubdomain.Sections, DynamicSubdomain.Create),
        new(EncodePropertyValue.Id, EncodePropertyValue.Sections, EncodePropertyValue.Create),
        new(MoveProperties.Id, MoveProperties.Sections, MoveProperties.Create),
        new(PollingTrigger.Id, PollingTrigger.Sections, PollingTrigger.Create),
        new(RouteRequestToEndpoint.Id, RouteRequestToEndpoint.Sections, RouteRequestToEndpoint.Create),
        new(SetConnectionStatusToUnauthenticated.Id, SetConnectionStatusToUnauthenticated.Sections, SetConnectionStatusToUnauthenticated.Create),
        new(SetHeader.Id, SetHeader.Sections, SetHeader.Create),
        new(SetProperty.Id, SetProperty.Sections, SetProperty.Create),
        new(SetQueryParameter.Id, SetQueryParameter.Sections, SetQueryParameter.Create),
        new(SetValueFromUrl.Id, SetValueFromUrl.Sections, SetValueFromUrl.Create),
        new(StringReplace.Id, StringReplace.Sections, StringReplace.Create),
        new(StringToArray.Id, StringToArray.Sections, StringToArray.Create),
        new(UpdateNextLink.Id, UpdateNextLink.Sections, UpdateNextLink.Create),
    ];

    public static Entry? Find(string templateId) => All.FirstOrDefault(e => string.Equals(e.Id, templateId, StringComparison.OrdinalIgnoreCase));
}
