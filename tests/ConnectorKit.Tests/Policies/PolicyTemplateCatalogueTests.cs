using ConnectorKit.Policies;
using Xunit;

namespace ConnectorKit.Tests.Policies;

public class PolicyTemplateCatalogueTests
{
    [Theory]
    [InlineData("setheader")]
    [InlineData("SetHeader")]
    [InlineData("SETHEADER")]
    public void FindsTemplatesIgnoringCase(string id)
    {
        Assert.Equal("setheader", PolicyTemplateCatalogue.Find(id)?.Id);
    }

    [Fact]
    public void UnknownIdsAreNotFound()
    {
        Assert.Null(PolicyTemplateCatalogue.Find("setcookie"));
    }

    [Fact]
    public void IdsAreLowerCaseAndDistinct()
    {
        var ids = PolicyTemplateCatalogue.All.Select(t => t.Id).ToList();

        Assert.All(ids, id => Assert.Equal(id.ToLowerInvariant(), id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void SetHeaderRequiresNameAndValueAndRestrictsExistsAction()
    {
        var template = PolicyTemplateCatalogue.Find("setheader")!;

        Assert.Equal(["name", "value"], template.Parameters.Where(p => p.Required).Select(p => p.Name));
        Assert.Equal(["override", "skip", "append"], template.FindParameter("existsAction")!.AllowedValues);
    }
}
