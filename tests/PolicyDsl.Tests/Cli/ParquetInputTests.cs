using DuckDB.NET.Data;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>Claims from a Parquet file with typed columns (dates, decimals, booleans), read like the same rows in CSV.</summary>
public sealed class ParquetInputTests : IDisposable
{
    private static readonly string Data = Repository.Path("tests", "PolicyDsl.Tests", "Data", "cli");
    private static string F(string name) => Path.Combine(Data, name);

    private readonly string _folder = Directory.CreateTempSubdirectory("policydsl-parquet-").FullName;

    /// <summary>The rows of claims.csv, as typed columns: a DATE, a DECIMAL amount, a BOOLEAN.</summary>
    private const string ClaimsRows = """
        SELECT * FROM (VALUES
          ('A', 'employed', 40, 'employer', DATE '2023-02-01', 'level3', 300.00::DECIMAL(12,2), false),
          ('A', '在职', 40, '单位', DATE '2023-01-01', '二级', 50.00::DECIMAL(12,2), NULL),
          ('B', 'retired', 70, 'employer', DATE '2023-03-01', 'level2', 1000.00::DECIMAL(12,2), true))
        AS t(person, status, age, scheme, date, level, amount, inpatient)
        """;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A Parquet file written by DuckDB from a SELECT, as a warehouse extract would be.</summary>
    private string Parquet(string name, string select)
    {
        var path = Path.Combine(_folder, name);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY ({select}) TO '{path}' (FORMAT parquet)";
        command.ExecuteNonQuery();
        return path;
    }

    [Fact]
    public void TypedColumnsAreReadAsTheSameRowsInCsv()
    {
        var path = Parquet("claims.parquet", ClaimsRows);
        var fromParquet = PolicyCommand.Run("eval", F("simple.policy"), "--claims", path, "--format", "csv");
        var fromCsv = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("claims.csv"), "--format", "csv");
        Assert.True(fromParquet.Exit == 0, fromParquet.Error);
        // A's 300元 三级 claim: deductible 100 − 50 = 50, fund 50% × 250 = 125.
        Assert.Contains("A,2023-02-01,level3,300.00,300.00,50.00,0.5,125.00,175.00,125.00,1500.00,", fromParquet.Out);
        Assert.Equal(fromCsv.Out, fromParquet.Out);
    }

    [Fact]
    public void SimulateReadsParquetAsItReadsTheSameRowsInCsv()
    {
        var path = Parquet("claims.parquet", ClaimsRows);
        var fromParquet = PolicyCommand.Run("simulate", F("simple.policy"), "--claims", path, "--format", "csv");
        var fromCsv = PolicyCommand.Run("simulate", F("simple.policy"), "--claims", F("claims.csv"), "--format", "csv");
        Assert.True(fromParquet.Exit == 0, fromParquet.Error);
        // Fund 0 + 125 + 0 (eval's figures above).
        Assert.Contains(",125.00,", fromParquet.Out);
        Assert.Equal(fromCsv.Out, fromParquet.Out);
    }

    [Fact]
    public void BadValuesHaveTheCsvErrorsWithTheRecordsRowNumber()
    {
        var path = Parquet("bad.parquet", """
            SELECT * FROM (VALUES
              ('A', 'employed', 40, 'employer', TIMESTAMP '2023-01-05 10:30:00', 'level9', 5.00::DECIMAL(12,2)),
              ('3.20102E+17', 'employed', 40, 'employer', TIMESTAMP '2023-01-06 00:00:00', 'level3', 5.00::DECIMAL(12,2)))
            AS t(person, status, age, scheme, date, level, amount)
            """);
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", path);
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        // Row 2 is the first record, as in a CSV exported from it (the header is row 1).
        Assert.Contains($"{path}:2:6: error PD0412: column 'level': 'level9' is not one of", result.Error);
        Assert.Contains($"{path}:3:1: error PD0412: column 'person': '3.20102E+17' is a number in scientific notation", result.Error);
    }

    /// <summary>
    /// Read a record at a time into the compact store (as simulate reads a Parquet file of any size), a file gives the
    /// claims, or the errors in the same order, that reading it whole gives: plain records, Excel's spellings, a NULL,
    /// a bad cell, a cell with a comma (which no CSV line could hold unquoted), and a person described two ways on one date.
    /// </summary>
    [Theory]
    [InlineData(ClaimsRows)]
    [InlineData("""
        SELECT * FROM (VALUES
          ('A', 'retired', 70, 'employer', DATE '2023-01-05', 'level3', 10.00::DECIMAL(12,2), 'pharmacy'),
          ('A', '退休', 70, '单位', DATE '2023-01-06', '三级', 1.5::DECIMAL(12,2), NULL),
          ('B,C', 'employed', 40, 'employer', DATE '2023-01-05', 'level2', 10.00::DECIMAL(12,2), 'onsite'))
        AS t(person, status, age, scheme, date, level, amount, channel)
        """)]
    [InlineData("""
        SELECT * FROM (VALUES
          ('A', 'retired', 70, 'employer', DATE '2023-01-05', 'level9', 10.00::DECIMAL(12,2)),
          ('B', 'retired', 70, 'employer', DATE '2023-01-05', 'level3', 10.00::DECIMAL(12,2)),
          ('B', 'retired', 71, 'employer', DATE '2023-01-05', 'level3', 10.00::DECIMAL(12,2)))
        AS t(person, status, age, scheme, date, level, amount)
        """)]
    // Other column types each record's line writes: a BIGINT and a SMALLINT age, an INTEGER base, a DOUBLE amount, a
    // TIMESTAMP date, a DECIMAL with four places, NULLs.
    [InlineData("""
        SELECT * FROM (VALUES
          ('A', 'retired', 70::BIGINT, 'employer', TIMESTAMP '2023-01-05 00:00:00', 'level3', 10.25::DOUBLE, 9100::INTEGER, 12.5::DECIMAL(9,4)),
          ('B', 'employed', 50::BIGINT, 'employer', TIMESTAMP '2023-01-06 00:00:00', 'level2', 1::DOUBLE, NULL, NULL),
          ('C', 'employed', 41::BIGINT, 'employer', TIMESTAMP '2023-01-07 00:00:00', 'level1', 0.1::DOUBLE, 0::INTEGER, 3::DECIMAL(9,4)))
        AS t(person, status, age, scheme, date, level, amount, base, extra)
        """)]
    [InlineData("""
        SELECT * FROM (VALUES
          ('A', 'retired', 70::SMALLINT, 'employer', DATE '2023-01-05', 'level3', 10.00::DECIMAL(18,2)),
          ('B', 'retired', 70::SMALLINT, 'employer', DATE '2023-01-05', 'level3', 10.10::DECIMAL(18,2)))
        AS t(person, status, age, scheme, date, level, amount)
        """)]
    // A column named as the ranges are cut: such a file is read as one range.
    [InlineData("""
        SELECT * FROM (VALUES
          ('A', 'retired', 70, 'employer', DATE '2023-01-05', 'level3', 10.00::DECIMAL(12,2), 7),
          ('B', 'retired', 70, 'employer', DATE '2023-01-06', 'level3', 10.10::DECIMAL(12,2), 8))
        AS t(person, status, age, scheme, date, level, amount, file_row_number)
        """)]
    public void StreamedIntoTheStoreIsReadAsWhole(string select)
    {
        var path = Parquet("streamed.parquet", select);
        using var wholeError = new StringWriter();
        var whole = PolicyDsl.Cli.Input.InputFiles.Claims(path, [], PolicyDsl.Cli.Input.InputSettings.Default, wholeError);
        // Read as one range, and in ranges of records on several cores, as a file of millions is.
        foreach (var parts in new[] { 0, 2, 3 })
        {
            var (store, errors) = PolicyDsl.Cli.Input.StreamedClaims.ReadParquet(path, [], parts);
            using var streamedError = new StringWriter();
            PolicyDsl.Cli.Output.DiagnosticPrinter.PrintAll(streamedError, path, errors);
            Assert.Equal(wholeError.ToString(), streamedError.ToString());
            Assert.Equal(whole is null, store is null);
            if (whole is null)
            {
                Assert.Contains("error PD0436", streamedError.ToString());
                continue;
            }
            Assert.Equal(whole, Enumerable.Range(0, store!.Count).Select(store.Claim));
            Assert.Equal(PolicyDsl.Cli.Commands.PersonGroups.Of(whole).Order, store.Groups().Order);
            Assert.Equal(Enumerable.Range(0, store.Count).Select(i => i + 2), Enumerable.Range(0, store.Count).Select(store.Row).Order());
            // Records with no comma in any cell are read from their bytes, the rest the full way.
            Assert.True(store.StoredCompactly > 0);
        }
    }

    [Fact]
    public void AFileThatIsNotParquetIsNamed()
    {
        var path = Path.Combine(_folder, "claims.parquet");
        File.WriteAllText(path, "person,status\n");
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", path);
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains($"{path}: error PD0440: this is not a Parquet file that can be read", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        var missing = PolicyCommand.Run("eval", F("simple.policy"), "--claims", Path.Combine(_folder, "none.parquet"));
        Assert.Contains("error PD0415: cannot read the file: no such file", missing.Error);
    }
}
