using System.Text;
using PolicyDsl.Cli.Input;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>
/// The streamed claims reader (simulate's, for files of any size) gives what the whole-file reader gives:
/// the same claims, or the same errors in the same order, on files made to go wrong every way a file can.
/// </summary>
public class StreamedClaimsTests
{
    private const string Header = "person,status,age,scheme,date,level,amount,inpatient";

    public static TheoryData<string, string> Files => new()
    {
        { "Excel's ways of writing values", $"{Header}\nA,退休人员,70,单位,2023年1月5日,三级,\"1,200.00\",否\nA,退休,70,单位,2023/1/6,三级,¥500.00,FALSE\nB,employed,40,employer,2023-01-09,level2,100元,no\n" },
        { "a bad cell in several rows", $"{Header}\nA,retired,70,employer,2023-01-05,level9,10.00,no\nB,employed,x,employer,2023-13-01,level2,-5,no\nC,employed,40,employer,2023-01-05,level2,1.234,no\n" },
        { "a value without a header (PD0433)", $"{Header}\nA,retired,70,employer,2023-01-05,level3,1,200.00,no\nB,employed,40,employer,2023-01-05,level2,10.00,no\n" },
        { "a person described two ways on one date (PD0436)", $"{Header}\nA,retired,70,employer,2023-01-05,level3,10.00,no\nB,employed,40,employer,2023-01-05,level2,10.00,no\nA,在职,70,employer,2023-01-05,level3,20.00,no\nA,retired,71,employer,2023-01-05,level3,20.00,no\nA,employed,70,employer,2023-02-05,level3,20.00,no\n" },
        { "a conflict after a bad cell", $"{Header}\nA,retired,70,employer,2023-01-05,level3,10.00,no\nA,retired,70,employer,2023-01-05,level7,10.00,no\nA,retired,72,employer,2023-01-05,level3,10.00,no\n" },
        { "a missing and a misspelt column", "person,statuss,age,scheme,date,amount\nA,retired,70,employer,2023-01-05,10.00\n" },
        { "a column twice", "person,person,status,age,scheme,date,level,amount\n" },
        { "blank rows and a byte order mark", $"\uFEFF{Header}\n\n,,,\nA,retired,70,employer,2023-01-05,level3,10.00,no\n\nB,employed,40,employer,2023-01-06,level1,9.99,yes\n" },
        { "an unclosed quote", $"{Header}\nA,retired,70,employer,2023-01-05,level3,\"10.00,no\n" },
        { "only a header", $"{Header}\n" },
        { "nothing", "" },
        { "a U+FFFD", $"{Header}\nA,ret\uFFFDred,70,employer,2023-01-05,level3,10.00,no\n" },
        { "an empty person id", $"{Header}\n,retired,70,employer,2023-01-05,level3,10.00,no\n" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void StreamedIsTheWholeFileReaderOnText(string what, string csv) => Same(what, new UTF8Encoding(false).GetBytes(csv));

    [Theory]
    [InlineData("GBK bytes", new byte[] { 0x70, 0x65, 0x72, 0x73, 0x6F, 0x6E, 0x0A, 0xCD, 0xCB, 0xD0, 0xDD, 0x0A })]
    [InlineData("a UTF-16 mark", new byte[] { 0xFF, 0xFE, 0x70, 0x00 })]
    [InlineData("a truncated UTF-8 character at the end", new byte[] { 0x70, 0x0A, 0xE4, 0xB8 })]
    public void StreamedIsTheWholeFileReaderOnBytes(string what, byte[] bytes) => Same(what, bytes);

    private static void Same(string what, byte[] bytes)
    {
        using var file = new TempFile(bytes);
        using var error = new StringWriter();
        var whole = InputFiles.Claims(file.Path, [], InputSettings.Default, error);
        var (store, errors) = StreamedClaims.Read(file.Path, []);
        using var streamedError = new StringWriter();
        PolicyDsl.Cli.Output.DiagnosticPrinter.PrintAll(streamedError, file.Path, errors);
        Assert.True(error.ToString() == streamedError.ToString(), $"{what}:\nwhole:\n{error}\nstreamed:\n{streamedError}");
        Assert.Equal(whole is null, store is null);
        // The cases named for an error do go wrong, so the agreement is about something.
        if (System.Text.RegularExpressions.Regex.Match(what, @"PD\d{4}") is { Success: true } id) Assert.Contains($"error {id.Value}", streamedError.ToString());
        if (whole is null) return;
        Assert.Equal(whole, Enumerable.Range(0, store!.Count).Select(store.Claim));
    }

    [Fact]
    public void ThePersonIsKeptOncePerDescription()
    {
        using var file = new TempFile($"{Header}\nA,retired,70,employer,2023-01-05,level3,10.00,no\nA,retired,70,employer,2023-01-06,level3,10.00,no\nA,employed,70,employer,2023-02-05,level3,20.00,no\n");
        var (store, errors) = StreamedClaims.Read(file.Path, []);
        Assert.Empty(errors);
        Assert.Same(store!.Claim(0).Person, store.Claim(1).Person);
        Assert.NotSame(store.Claim(0).Person, store.Claim(2).Person);
        Assert.Equal(1, store.Persons);
    }
}
