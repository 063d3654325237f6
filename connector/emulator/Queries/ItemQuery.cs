using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerInsights.Emulator.State;

namespace CustomerInsights.Emulator.Queries;

/// <summary>One $orderby key.</summary>
public sealed record OrderClause(string Attribute, bool Descending);

/// <summary>
/// The OData options of GetItems applied to an entity's items: $filter, then $search, then $orderby, then $skip and
/// $top for the page, then $select on the page. Unknown attributes and malformed options are errors, not ignored.
/// </summary>
public sealed record ItemQuery(
    IReadOnlyList<FilterClause> Filter,
    IReadOnlyList<string> SearchWords,
    IReadOnlyList<OrderClause> OrderBy,
    IReadOnlyList<string>? Select,
    int Top,
    int Skip)
{
    public const int MaxTop = 100;

    /// <summary>Parses the options (already split from the query string); the error names the option and what is wrong.</summary>
    public static (ItemQuery? Query, string? Error) Parse(EntityRecord entity, string? filter, string? search, string? orderBy, string? select, int? top, int? skip)
    {
        IReadOnlyList<FilterClause> clauses = [];
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var (parsed, error) = FilterParser.Parse(filter, entity);
            if (error is not null)
            {
                return (null, error);
            }

            clauses = parsed;
        }

        var order = new List<OrderClause>();
        foreach (var part in Split(orderBy))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 2 || (words.Length == 2 && words[1] is not ("asc" or "desc")))
            {
                return (null, $"'{part}' in $orderby is not 'Attribute', 'Attribute asc' or 'Attribute desc'.");
            }

            if (Unknown(entity, words[0]) is { } unknown)
            {
                return (null, $"$orderby: {unknown}");
            }

            order.Add(new OrderClause(words[0], words.Length == 2 && words[1] == "desc"));
        }

        var selected = Split(select);
        if (selected.Select(name => Unknown(entity, name)).FirstOrDefault(e => e is not null) is { } selectError)
        {
            return (null, $"$select: {selectError}");
        }

        var searchWords = (search ?? string.Empty).Replace("\"", " ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (new ItemQuery(clauses, searchWords, order, selected.Count == 0 ? null : selected, top ?? MaxTop, skip ?? 0), null);
    }

    /// <summary>The items of the requested page and how many items match over all pages.</summary>
    public (IReadOnlyList<JsonObject> Page, int Count) Apply(IReadOnlyList<JsonObject> items)
    {
        IEnumerable<JsonObject> matching = items.Where(item => FilterParser.Matches(item, Filter) && MatchesSearch(item));
        if (OrderBy.Count > 0)
        {
            var comparer = Comparer<JsonObject>.Create(CompareByOrder);
            matching = matching.Order(comparer);
        }

        var all = matching.ToList();
        var page = all.Skip(Skip).Take(Top).Select(Project).ToList();
        return (page, all.Count);
    }

    private int CompareByOrder(JsonObject left, JsonObject right)
    {
        foreach (var clause in OrderBy)
        {
            var compared = ValueOrder.Compare(left[clause.Attribute], right[clause.Attribute]);
            if (compared != 0)
            {
                return clause.Descending ? -compared : compared;
            }
        }

        return 0;
    }

    private bool MatchesSearch(JsonObject item) => SearchWords.All(word => item.Any(member =>
        member.Value is JsonValue value && value.GetValueKind() == JsonValueKind.String
        && value.GetValue<string>().Contains(word, StringComparison.OrdinalIgnoreCase)));

    private JsonObject Project(JsonObject item)
    {
        if (Select is null)
        {
            return (JsonObject)item.DeepClone();
        }

        var projected = new JsonObject();
        foreach (var name in Select)
        {
            projected[name] = item[name]?.DeepClone();
        }

        return projected;
    }

    private static List<string> Split(string? list) =>
        [.. (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string? Unknown(EntityRecord entity, string name) =>
        entity.Attributes.Any(a => a.Name == name) ? null : $"'{name}' is not an attribute of {entity.QualifiedName}.";
}
