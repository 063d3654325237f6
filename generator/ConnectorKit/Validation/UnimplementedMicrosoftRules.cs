namespace ConnectorKit.Validation;

/// <summary>
/// The codes of Microsoft's catalogue the toolkit does not implement, each with the reason; docs/validator.md lists
/// them, and a test keeps this list and the implemented rules apart and together complete.
/// </summary>
public static class UnimplementedMicrosoftRules
{
    public static IReadOnlyDictionary<string, string> Reasons { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ProductionStatusOnBetaService"] = "Needs the live service: whether the backend service is in beta is known only to Microsoft's connector registry, not to the files.",
        ["OperationMustHaveNotificationContentExtension"] =
            "Microsoft does not document when the notification content extension is required, and no reading can be checked offline: "
            + "none of the 154 operations with a notification URL input in the 314 published connectors of the corpus has 'x-ms-notification-content' "
            + "on the operation, so any condition we chose would reject connectors the live service accepted.",
        ["MimeTypeNotSupported"] =
            "Microsoft does not publish the list of MIME types the service supports, and the certified connectors of the corpus consume and "
            + "produce many (application/xml, text/csv, application/zip, vendor +json types, ...): any list we chose would reject connectors "
            + "the live service accepted. Malformed MIME types are still reported, by MimeTypeNotValid.",
        ["ReservedParameterIsUsed"] =
            "Microsoft does not publish which parameter names are reserved, nor where; the one documented reserved name, 'connectionId', "
            + "has its own rule (ConnectionIdParameterNotAllowed).",
    };
}
