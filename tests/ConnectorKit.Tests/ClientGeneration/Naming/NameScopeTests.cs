using ConnectorKit.ClientGeneration.Naming;

namespace ConnectorKit.Tests.ClientGeneration.Naming;

public sealed class NameScopeTests
{
    [Fact]
    public void Taken_names_get_the_first_free_numeric_suffix()
    {
        var scope = new NameScope(["Item"]);

        Assert.Equal("Item2", scope.Take("Item"));
        Assert.Equal("Item3", scope.Take("Item"));
        Assert.Equal("Other", scope.Take("Other"));
    }

    [Fact]
    public void A_name_ending_in_a_digit_gets_an_underscore_before_its_suffix()
    {
        var scope = new NameScope(["Version1"]);

        Assert.Equal("Version1_2", scope.Take("Version1"));
    }

    [Fact]
    public void A_keyword_escape_is_the_same_name()
    {
        var scope = new NameScope(["class"]);

        Assert.Equal("@class2", scope.Take("@class"));
    }

    [Fact]
    public void Derived_names_are_reserved_together()
    {
        var scope = new NameScope();
        var first = scope.Take("Get", n => [n + "Async", "Enumerate" + n + "Async"]);
        var second = scope.Take("EnumerateGet", n => [n + "Async"]);

        Assert.Equal("Get", first);
        Assert.Equal("EnumerateGet2", second);
        Assert.True(scope.IsTaken("EnumerateGetAsync"));
    }

    [Fact]
    public void A_case_insensitive_scope_keeps_names_apart_that_differ_only_by_case()
    {
        var scope = new NameScope(["GetItems"], ignoreCase: true);

        Assert.Equal("Getitems2", scope.Take("Getitems"));
        Assert.Equal("getItems", new NameScope(["GetItems"]).Take("getItems"));
    }
}
