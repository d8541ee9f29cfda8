using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyDsl.Cli.Input;
using PolicyDsl.Domain;

namespace PolicyDsl.Tests.Cli;

/// <summary>The claim store's id table numbers ids as a dictionary would, through its growth, and remembers a description only as it is.</summary>
public class PersonIdsTests
{
    [Property(MaxTest = 100, Replay = "(1414213,56237309)")]
    public Property IdsAreNumberedInTheOrderFirstSeenAsADictionaryNumbersThem() =>
        Prop.ForAll(Gen.Elements("P1", "P2", "p1", "P1 ", "", "人员1", "3201021990", "32010219900101001X", "A", "AB", "ABC", "ABCD", "ABCDE")
            .ListOf().Select(l => l.ToArray()).ToArbitrary(), Gen.Choose(0, 3000).ToArbitrary(), (string[] ids, int extra) =>
        {
            var table = new PersonIds();
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            // Enough other ids to make the table grow several times between the chosen ones.
            foreach (var id in ids.Concat(Enumerable.Range(0, extra).Select(i => $"X{i}")).Concat(ids))
            {
                var number = table.NumberOf(id, out var slot);
                if (!expected.TryGetValue(id, out var known))
                {
                    Assert.Equal(-1, number);
                    expected[id] = table.Add(id, ref slot);
                    Assert.Equal(expected.Count - 1, expected[id]);
                    Assert.Equal(expected[id], table.NumberOf(id, out _));
                }
                else
                {
                    Assert.Equal(known, number);
                }
            }
            Assert.Equal(expected.Count, table.Count);
        });

    [Fact]
    public void ADescriptionIsRememberedAsItIsAndOnlyAsItIs()
    {
        var table = new PersonIds();
        table.NumberOf("A", out var slot);
        table.Add("A", ref slot);
        var retired = new PersonDescription(InsuredStatus.Retired, 70, Scheme.Employer, false, 9100m);
        Assert.False(table.IsLast(slot, retired, out _));
        table.SetLast(slot, retired, 3);
        Assert.True(table.IsLast(slot, retired, out var variant));
        Assert.Equal(3, variant);
        // 9100.00 is the same base; anything else is another description.
        Assert.True(table.IsLast(slot, retired with { Base = 9100.00m }, out _));
        Assert.False(table.IsLast(slot, retired with { Base = 9100.01m }, out _));
        Assert.False(table.IsLast(slot, retired with { Age = 71 }, out _));
        Assert.False(table.IsLast(slot, retired with { Status = InsuredStatus.Employed }, out _));
        Assert.False(table.IsLast(slot, retired with { Scheme = Scheme.Flexible }, out _));
        Assert.False(table.IsLast(slot, retired with { OldWorker = true }, out _));
        // A base of a tenth of a fen is never packed, so never taken for another.
        Assert.False(table.IsLast(slot, retired with { Base = 9100.001m }, out _));
    }
}
