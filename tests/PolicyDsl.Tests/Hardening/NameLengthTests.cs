using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Hardening;

/// <summary>Names longer than <see cref="Limits.MaxNameLength"/> are refused (PD0132) before they become types or C# identifiers.</summary>
public class NameLengthTests
{
    [Theory]
    [InlineData("let NAME = 1元 @ 第一条")]
    [InlineData("let f (NAME: Money) = NAME @ 第一条")]
    [InlineData("param NAME : Money = 1元 @ 第一条")]
    [InlineData("input claim.NAME : Money = 0元 column \"n\" @ 第一条")]
    [InlineData("enum NAME = A1 | B1 @ 第一条")]
    [InlineData("enum E = NAME | B1 @ 第一条")]
    public void AnOverlongNameIsAnErrorNotACrash(string declaration)
    {
        // An enumeration of 1,024 characters once threw "Type name was too long" out of the checker.
        var name = new string('名', 1024);
        var result = SmallStack.Run(() => Policies.Check(Policies.Complete(declaration.Replace("NAME", name))));
        var error = Assert.Single(result.Diagnostics, d => d.Id == "PD0132");
        Assert.Equal("this name is 1,024 characters long; a name may be at most 255", error.Message);
        Assert.Null(result.Policy);
    }

    [Fact]
    public void ANameAtTheLimitIsAccepted()
    {
        var name = new string('名', Limits.MaxNameLength);
        Assert.NotNull(Policies.Check(Policies.Complete($"enum {name} = A1 | B1 @ 第一条\ninput person.x : {name} = A1 column \"x\" @ 第一条\nrule cap = if person.x = A1 then 1元 else 2元 @ 第一条")).Policy);
    }
}
