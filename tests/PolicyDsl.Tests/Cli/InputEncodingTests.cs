using System.Text;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>
/// Claims, persons, params and case files that are not UTF-8 are decoded as the analyst says
/// (<c>--encoding gbk</c>) or refused with where and why; never read with U+FFFD in a name.
/// </summary>
public class InputEncodingTests
{
    private static readonly string Data = Repository.Path("tests", "PolicyDsl.Tests", "Data", "cli");
    private static string F(string name) => Path.Combine(Data, name);

    private const string Claims = "人员编号,人员类别,年龄,参保类型,就诊日期,医院等级,金额\n张三,在职,40,单位,2023-02-01,三级,300.00\n";

    private static byte[] Gbk(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(936).GetBytes(text);
    }

    [Fact]
    public void AGbkFileIsRefusedWithItsPositionAndAHint()
    {
        using var claims = new TempFile(Gbk(Claims));
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path, "--format", "csv");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        // The first byte of 人 (C8 CB in GBK) is not UTF-8: line 1, column 1.
        Assert.Contains($"{claims.Path}:1:1: error PD0430: this is not UTF-8 text: the bytes C8 CB cannot be read", result.Error);
        Assert.Contains("hint: this looks like GBK, as Excel saves CSV on Chinese Windows: save it as 'CSV UTF-8 (逗号分隔)', or pass --encoding gbk", result.Error);
    }

    [Fact]
    public void ABadByteLaterInTheFileIsPlacedByLineAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes("person,status,age,scheme,date,level,amount\nA,employed,40,employer,2023-02-01,level3,300\nB").Concat(Gbk("张")).ToArray();
        using var claims = new TempFile(bytes);
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path);
        Assert.Contains($"{claims.Path}:3:2: error PD0430", result.Error);
    }

    [Theory]
    [InlineData("gbk")]
    [InlineData("gb18030")]
    public void AGbkFileIsReadWithTheEncodingOption(string encoding)
    {
        using var claims = new TempFile(Gbk(Claims));
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path, "--format", "csv", "--encoding", encoding);
        Assert.True(result.Exit == 0, result.Error);
        Assert.StartsWith("张三,2023-02-01,level3,300.00,300.00,100.00,0.5,100.00,", result.Out.Split('\n')[1]);
    }

    [Fact]
    public void AUtf8ByteOrderMarkIsAccepted()
    {
        using var claims = new TempFile([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Claims)]);
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path, "--format", "csv");
        Assert.True(result.Exit == 0, result.Error);
        Assert.StartsWith("张三,", result.Out.Split('\n')[1]);
    }

    [Fact]
    public void GbkAskedOfAUtf8FileIsRefusedRatherThanGarbled()
    {
        using var claims = new TempFile(Claims);
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path, "--encoding", "gbk");
        Assert.Equal(1, result.Exit);
        Assert.Contains($"{claims.Path}: error PD0431: --encoding gbk was given, but this file is UTF-8", result.Error);
    }

    [Fact]
    public void AReplacementCharacterFromAnEarlierConversionIsRefused()
    {
        using var claims = new TempFile(Claims.Replace("张三", "张\uFFFD"));
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path);
        Assert.Equal(1, result.Exit);
        Assert.Contains($"{claims.Path}:2:2: error PD0432: the file holds a U+FFFD replacement character", result.Error);
    }

    [Fact]
    public void AUtf16FileIsRefusedWithHowToSaveIt()
    {
        using var claims = new TempFile([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Claims)]);
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path);
        Assert.Contains("error PD0430: this is not UTF-8 text: the bytes FF FE (a UTF-16 mark: Excel's 'Unicode text') cannot be read", result.Error);
    }

    [Fact]
    public void PersonsAndParamsFilesAreDecodedTheSameWay()
    {
        using var persons = new TempFile(Gbk("人员编号,人员类别,年龄,参保类型,缴费基数\n李四,退休人员,70,单位,0\n"));
        using var parameters = new TempFile(Gbk("# 假设\nassume pension = 4000元 \"通知未载明\"\n"), ".params");
        var refused = PolicyCommand.Run("account", F("simple.policy"), "--persons", persons.Path, "--month", "2023-03", "--params", parameters.Path);
        Assert.Contains($"{parameters.Path}:1:3: error PD0430", refused.Error);
        var result = PolicyCommand.Run("account", F("simple.policy"), "--persons", persons.Path, "--month", "2023-03", "--params", parameters.Path, "--encoding", "gbk", "--format", "csv");
        Assert.True(result.Exit == 0, result.Error);
        Assert.StartsWith("李四,2023-03,80.00,", result.Out.Split('\n')[1]);
    }

    [Fact]
    public void CaseFilesAreDecodedTheSameWay()
    {
        var folder = Directory.CreateTempSubdirectory("policydsl-cases-").FullName;
        try
        {
            File.Copy(Repository.Path("policies", "examples", "referral.policy"), Path.Combine(folder, "referral.policy"));
            File.WriteAllBytes(Path.Combine(folder, "referral.cases"), Gbk("case \"三级：转诊65%\"\n    person 甲 employed 40 employer\n    claim 甲 2026-02-01 level3 1000.00 referral=true => fund 650.00\n"));
            var refused = PolicyCommand.Run("test", folder);
            Assert.Equal(1, refused.Exit);
            Assert.Equal("", refused.Out);
            Assert.Contains("referral.cases:1:7: error PD0430", refused.Error);
            var result = PolicyCommand.Run("test", folder, "--encoding", "gbk");
            Assert.True(result.Exit == 0, result.Error);
            Assert.Contains("PASS", result.Out);
            Assert.Contains("三级：转诊65%", result.Out);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AnUnknownEncodingIsAUsageError()
    {
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("claims.csv"), "--encoding", "latin1");
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
    }
}
