using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics.Inputs;
using Sylvan.Data.Csv;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// Reads a UTF-8 claims CSV of any size into a <see cref="ClaimStore"/>, a row at a time: the file is never
/// held whole, as text or as rows. Every row is read by the same code as a file read whole (the header
/// checks, <see cref="CellReader"/>, <see cref="RowFacts"/>), so the errors are the same, in the same
/// order; a person described two ways on one date (PD0436) is found from the store afterwards.
/// </summary>
internal static class StreamedClaims
{
    /// <param name="parts">how many parts a plain file is read in at once (0: one per core); the result is the same for any</param>
    public static (ClaimStore? Store, IReadOnlyList<InputError> Errors) Read(string path, IReadOnlyList<InputSymbol> declared, int parts = 0) =>
        // Nearly every extract is plain CSV, read from its bytes; one that is not is read again in full, and only that reading counts.
        Collect(path, declared, Source.PlainCsv, parts) ?? Collect(path, declared, Source.Csv, parts)!.Value;

    /// <summary>A Parquet file's claims, a record at a time (<see cref="ParquetRows.Stream"/>), checked as the same rows of a CSV are.</summary>
    /// <param name="parts">how many ranges of records are read at once (0: one per core for a file of millions, else one); the result is the same for any</param>
    public static (ClaimStore? Store, IReadOnlyList<InputError> Errors) ReadParquet(string path, IReadOnlyList<InputSymbol> declared, int parts = 0) =>
        Collect(path, declared, Source.Parquet, parts)!.Value;

    /// <summary>Records a range of a Parquet file must have to be worth a core of its own.</summary>
    private const long MinRecordsPerPart = 1 << 20;

    private enum Source { PlainCsv, Csv, Parquet }

    /// <summary>The claims or the errors; null when the source is <see cref="Source.PlainCsv"/> and the file turned out not to be.</summary>
    private static (ClaimStore? Store, IReadOnlyList<InputError> Errors)? Collect(string path, IReadOnlyList<InputSymbol> declared, Source source, int parts)
    {
        var store = new ClaimStore();
        var errors = new List<(int Row, InputError Error)>();
        InputTable? table = null;
        var personSchema = new RowSchema(InputGroup.Person, declared, _ => false);
        var claimSchema = new RowSchema(InputGroup.Claim, declared, _ => false);
        bool Header(string[] header)
        {
            var (created, headerErrors) = InputTable.Create(new RawTable(path, header, []), InputColumns.For(declared, claims: true, baseRequired: false));
            table = created;
            errors.AddRange(headerErrors.Select(e => (1, e)));
            return created is not null;
        }
        void Row(RawRow row)
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace)) return;
            if (table!.Shape(row) is { } shape)
            {
                errors.Add((row.Number, shape));
                return;
            }
            var found = new List<InputError>();
            var cells = new CellReader(table, row, found);
            var id = cells.PersonId();
            var person = RowFacts.Read(cells, personSchema);
            var claim = RowFacts.Read(cells, claimSchema);
            errors.AddRange(found.Select(e => (row.Number, e)));
            if (!cells.Failed) store.Add(row.Number, claim.Claim(person.Person(id)));
        }
        InputError? problem;
        Func<Func<string[], bool>, Action<RawRow>, InputError?> again = (header, row) => Rows(path, header, row);
        switch (source)
        {
            case Source.PlainCsv:
                var (isPlain, plainProblem) = PlainClaimsFile.Read(path, Header, part => CompactRows.For(table!, part, personSchema, claimSchema), store, Row, parts);
                if (!isPlain) return null;
                problem = plainProblem;
                break;
            case Source.Parquet:
                CompactRows? compact = null;
                bool ParquetHeader(string[] header)
                {
                    if (!Header(header)) return false;
                    compact = CompactRows.For(table!, store, personSchema, claimSchema);
                    return true;
                }
                again = (header, row) => ParquetRows.Stream(path, InputKind.Claims, header, row);
                var records = parts == 1 ? null : ParquetRows.Count(path);
                var ranges = records is not { } n ? 1 : parts > 0 ? parts : (int)Math.Clamp(n / MinRecordsPerPart, 1, Environment.ProcessorCount);
                if (ranges == 1)
                {
                    problem = ParquetRows.Stream(path, InputKind.Claims, ParquetHeader, Row, line: (text, number) => compact?.TryAdd(text, number) == true);
                    break;
                }
                // The header alone first; then a range of records per core, each into a part of its own, added in file order.
                problem = ParquetRows.Stream(path, InputKind.Claims, ParquetHeader, Row, records: (0, 0));
                if (problem is not null || table is null) break;
                var read = new StorePart[ranges];
                var problems = new InputError?[ranges];
                Parallel.For(0, ranges, new ParallelOptions { MaxDegreeOfParallelism = ranges }, k =>
                {
                    var part = read[k] = new StorePart();
                    var into = CompactRows.For(table, part.Store, personSchema, claimSchema);
                    problems[k] = ParquetRows.Stream(path, InputKind.Claims, _ => true, part.Aside, line: (text, number) => into?.TryAdd(text, number) == true,
                        records: (records!.Value * k / ranges, records.Value * (k + 1) / ranges));
                });
                problem = problems.FirstOrDefault(p => p is not null);
                if (problem is null) foreach (var part in read) part.AddTo(store, 0, Row);
                break;
            default:
                problem = Rows(path, Header, Row);
                break;
        }
        if (problem is not null) return (null, [Exact(path, problem)]);
        if (table is null) return (null, errors.Select(e => e.Error).ToList());
        errors.AddRange(Conflicts(path, table, store, personSchema, again));
        // Rows in file order, as a file read whole reports them: a row's conflict follows the rows before it.
        return errors.Count > 0 ? (null, errors.OrderBy(e => e.Row).Select(e => e.Error).ToList()) : (store, []);
    }

    private static (FileStream? Stream, InputError? Problem) Open(string path)
    {
        try
        {
            if (Directory.Exists(path)) return (null, new InputError(DiagnosticCatalogue.UnreadableFile, path, ["it is a directory, not a file"]));
            return (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, InputText.ReadBytes(path, InputKind.Claims).Error);
        }
    }

    /// <summary>
    /// Streams the rows: the header to <paramref name="header"/> (which says whether to go on), then every
    /// row that is not blank to <paramref name="row"/>; the text's own problem (not UTF-8, malformed CSV) if any.
    /// </summary>
    private static InputError? Rows(string path, Func<string[], bool> header, Action<RawRow> row)
    {
        var (stream, unopened) = Open(path);
        if (stream is null) return unopened;
        using var text = new StrictUtf8Reader(stream, path);
        using var owned = stream;
        var rowsRead = 0;
        try
        {
            using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = false });
            if (!csv.Read()) return text.Problem ?? new InputError(DiagnosticCatalogue.EmptyInput, path, []);
            rowsRead = 1;
            if (!header(CsvRows.Cells(csv))) return text.Problem;
            while (csv.Read())
            {
                rowsRead++;
                var cells = CsvRows.Cells(csv);
                if (!cells.All(string.IsNullOrWhiteSpace)) row(new RawRow(rowsRead, cells));
            }
            return text.Problem;
        }
        catch (Exception e) when (e is CsvFormatException or FormatException)
        {
            return text.Problem ?? new InputError(DiagnosticCatalogue.MalformedCsv, $"{path}:{rowsRead + 1}", [e.Message]);
        }
    }

    /// <summary>
    /// A file small enough to read whole is read so again for its problem, so the message (a GBK hint, the
    /// first of several bad places) is exactly the one it has always had; a larger one has the streamed message.
    /// </summary>
    private static InputError Exact(string path, InputError streamed)
    {
        if (streamed.Descriptor != DiagnosticCatalogue.NotUtf8Text && streamed.Descriptor != DiagnosticCatalogue.UnreadableCharacter) return streamed;
        var length = new FileInfo(path).Length;
        return length <= Limits.MaxCsvFileBytes && InputText.Read(path, null, InputKind.Claims).Error is { } whole ? whole : streamed;
    }

    /// <summary>PD0436: rows of one person and date that describe the person otherwise than the first such row.</summary>
    /// <param name="again">reads the file's rows again, as they were read the first time</param>
    private static IEnumerable<(int Row, InputError Error)> Conflicts(string path, InputTable table, ClaimStore store, RowSchema schema,
        Func<Func<string[], bool>, Action<RawRow>, InputError?> again)
    {
        var (order, starts) = store.Groups();
        var found = new List<(int Row, int First, DateOnly Date, InputSymbol Input)>();
        for (var p = 0; p < store.Persons; p++)
        {
            // Described one way on every row, a person cannot be described two ways on one date: their claims are not read.
            if (store.Descriptions(p) == 1) continue;
            var first = -1;
            for (var k = starts[p]; k < starts[p + 1]; k++)
            {
                var claim = order[k];
                if (first < 0 || store.DateOf(first) != store.DateOf(claim)) first = claim;
                else if (!store.SameDescription(first, claim) && FirstDifference(schema, store.Description(claim), store.Description(first)) is { } input)
                {
                    found.Add((store.Row(claim), store.Row(first), store.DateOf(claim), input));
                }
            }
        }
        if (found.Count == 0) return [];
        // The message quotes both rows' cells as written: read them again from the file, the only rows kept.
        var wanted = found.SelectMany(f => new[] { f.Row, f.First }).ToHashSet();
        var cells = new Dictionary<int, RawRow>();
        again(_ => true, row => { if (wanted.Contains(row.Number)) cells[row.Number] = row; });
        return found.Select(f =>
        {
            var (row, first) = (cells[f.Row], cells[f.First]);
            var column = f.Input.Column!;
            var id = table.Cell(row, Prelude.PersonIdColumn);
            var date = f.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return (f.Row, new InputError(DiagnosticCatalogue.ConflictingPersonFacts, $"{table.Where(row)}:{table.ColumnNumber(column)}",
                [id, date, column, Shown(table.Cell(row, column)), Shown(table.Cell(first, column)), first.Number]));
        });
    }

    /// <summary>The first input of the person's schema on which two descriptions differ, as <see cref="RowFacts.FirstDifference"/> finds it.</summary>
    private static InputSymbol? FirstDifference(RowSchema schema, Domain.Person a, Domain.Person b)
    {
        foreach (var input in schema.Inputs)
        {
            object? Of(Domain.Person p) => input.Builtin switch
            {
                InputField.PersonStatus => p.Status,
                InputField.PersonAge => p.Age,
                InputField.PersonScheme => p.Scheme,
                InputField.PersonOldWorker => p.OldWorker,
                InputField.PersonBase => p.Base,
                _ => p.Inputs[input.Name],
            };
            if (!Equals(Of(a), Of(b))) return input;
        }
        return null;
    }

    private static string Shown(string cell) => cell.Length == 0 ? "empty" : $"'{cell}'";
}
