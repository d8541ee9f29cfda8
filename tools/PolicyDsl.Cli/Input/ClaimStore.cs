using System.Runtime.InteropServices;
using PolicyDsl.Domain;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// A population of claims held compactly: 25 bytes a claim (person number, date, amount in fen, row,
/// level, channel, place, flags, which of the person's descriptions), each person's id and description
/// once, not a claim object and a person object per row. Claims are made again, a person at a time, only
/// to be settled. Amounts are read with at most two decimals, so fen are exact.
/// </summary>
internal sealed class ClaimStore
{
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private readonly record struct Compact(int Person, DateOnly Date, long Fen, int Row, byte Level, byte Channel, byte Place, byte Flags, byte Variant);

    // Small enough that a part read on its own core wastes little of its last block, and that blocks copied are let go soon.
    private const int ChunkSize = 1 << 16;
    // Not readonly: an empty store takes over the first part of a file read in parts (TakeOver), rather than copy it.
    private List<Compact[]?> _chunks = [];
    private PersonIds _ids = new();
    private List<Person[]> _variants = [];
    private Dictionary<int, InputValues>? _inputs;

    public int Count { get; private set; }

    public int Persons => _variants.Count;

    /// <summary>How many claims were stored from a file's bytes (<see cref="CompactRows"/>) rather than as claims: what tells the plain way was taken.</summary>
    public int StoredCompactly { get; private set; }

    /// <summary>Adds a claim read from row <paramref name="row"/>; its person is interned by id, and by description under the id.</summary>
    public void Add(int row, Claim claim)
    {
        _groups = null;
        var person = claim.Person;
        var number = _ids.NumberOf(person.Id, out var slot);
        if (number < 0)
        {
            number = _ids.Add(person.Id, ref slot);
            _variants.Add([person]);
        }
        var variants = _variants[number];
        var variant = Array.IndexOf(variants, person);
        if (variant < 0)
        {
            // A person described otherwise on another row (retired during the year, say): kept beside the first.
            if (variants.Length == byte.MaxValue) throw new InvalidOperationException($"person '{person.Id}' is described in more than {byte.MaxValue} ways");
            _variants[number] = [.. variants, person];
            variant = variants.Length;
        }
        if (claim.Inputs.Count > 0) (_inputs ??= [])[Count] = claim.Inputs;
        var flags = (byte)((claim.Designated ? 1 : 0) | (claim.Inpatient ? 2 : 0));
        var fen = decimal.ToInt64(claim.Amount * 100m);
        if (Count % ChunkSize == 0) _chunks.Add(new Compact[ChunkSize]);
        _chunks[^1]![Count % ChunkSize] = new Compact(number, claim.Date, fen, row, (byte)claim.Level, (byte)claim.Channel, (byte)claim.Place, flags, (byte)variant);
        Count++;
    }

    /// <summary>
    /// Adds a claim whose facts were read straight from a file's bytes (<see cref="CompactRows"/>): the same claim
    /// as <see cref="Add(int, Domain.Claim)"/> would store, with no claim or person object made unless the person,
    /// or this description of them, is new. For claims with none of a policy's own inputs.
    /// </summary>
    public void Add(int row, ReadOnlySpan<char> id, in PersonDescription person, in ClaimFacts claim)
    {
        _groups = null;
        var number = _ids.NumberOf(id, out var slot);
        if (number < 0)
        {
            number = _ids.Add(id, ref slot);
            _variants.Add([person.Person(id.ToString())]);
        }
        if (!_ids.IsLast(slot, person, out var variant))
        {
            var variants = _variants[number];
            variant = 0;
            while (variant < variants.Length && !person.Describes(variants[variant])) variant++;
            if (variant == variants.Length)
            {
                if (variants.Length == byte.MaxValue) throw new InvalidOperationException($"person '{id}' is described in more than {byte.MaxValue} ways");
                _variants[number] = [.. variants, person.Person(variants[0].Id)];
            }
            _ids.SetLast(slot, person, variant);
        }
        var flags = (byte)((claim.Designated ? 1 : 0) | (claim.Inpatient ? 2 : 0));
        if (Count % ChunkSize == 0) _chunks.Add(new Compact[ChunkSize]);
        StoredCompactly++;
        _chunks[^1]![Count % ChunkSize] = new Compact(number, claim.Date, claim.Fen, row, (byte)claim.Level, (byte)claim.Channel, (byte)claim.Place, flags, (byte)variant);
        Count++;
    }

    /// <summary>
    /// Adds claim <paramref name="index"/> of <paramref name="part"/>, a part of the same file read into a store of its own,
    /// its row number moved on by <paramref name="rowOffset"/>: its person is numbered here as <see cref="Add(int, Domain.Claim)"/>
    /// numbers one, by id and then by description, once per person of the part (<paramref name="numbers"/> remembers).
    /// Parts added in file order, row by row, give the store one reading from the top gives.
    /// </summary>
    public void Append(ClaimStore part, int index, int rowOffset, PartNumbers numbers)
    {
        _groups = null;
        var c = part.At(index);
        var (person, variant) = numbers.Of(c.Person, c.Variant, this, part);
        if (Count % ChunkSize == 0) _chunks.Add(new Compact[ChunkSize]);
        StoredCompactly++;
        _chunks[^1]![Count % ChunkSize] = c with { Person = person, Variant = variant, Row = c.Row + rowOffset };
        Count++;
        // A part's blocks are let go as soon as they are copied: two whole copies of a population are never held.
        if ((index + 1) % ChunkSize == 0) part._chunks[index / ChunkSize] = null;
    }

    /// <summary>
    /// Adds every claim of <paramref name="part"/>, a part of the same file read whole into a store of its own (no row
    /// of it left to the full reader), its rows moved on by <paramref name="rowOffset"/>: the store <see cref="Append"/>
    /// row by row would give, on every core. The part's persons are looked up here at once (the table is only read);
    /// those it is the first to name are numbered in its own order, which is the order they first appear in it; then
    /// their descriptions, each person's its own; then the rows are copied into blocks made beforehand.
    /// </summary>
    public void AppendAll(ClaimStore part, int rowOffset)
    {
        if (part._inputs is not null) throw new InvalidOperationException("a part with a policy's own inputs is added row by row");
        _groups = null;
        var persons = part.Persons;
        var numbers = new int[persons];
        ForRanges(persons, (from, to) =>
        {
            for (var p = from; p < to; p++) numbers[p] = _ids.NumberOf(part._variants[p][0].Id, out _);
        });
        for (var p = 0; p < persons; p++)
        {
            if (numbers[p] >= 0) continue;
            var id = part._variants[p][0].Id;
            _ids.NumberOf(id, out var slot);
            numbers[p] = _ids.Add(id, ref slot);
            _variants.Add([part._variants[p][0]]);
        }
        // Person p's descriptions in the part, as descriptions here: a person's new ones are added in the part's order,
        // the order they first appear in the file; each person here is written by one person of the part only.
        var firsts = new byte[persons];
        var others = new byte[]?[persons];
        ForRanges(persons, (from, to) =>
        {
            for (var p = from; p < to; p++)
            {
                var described = part._variants[p];
                firsts[p] = PartNumbers.Variant(this, numbers[p], described[0]);
                if (described.Length > 1) others[p] = described.Select(d => PartNumbers.Variant(this, numbers[p], d)).ToArray();
            }
        });
        // The part's rows are renumbered where they lie, on every core; then its blocks become this store's.
        var blocks = part._chunks;
        ForRanges(blocks.Count, (from, to) =>
        {
            for (var k = from; k < to; k++)
            {
                foreach (ref var c in blocks[k].AsSpan(0, Math.Min(ChunkSize, part.Count - k * ChunkSize)))
                {
                    c = c with
                    {
                        Person = numbers[c.Person],
                        Variant = c.Variant == 0 ? firsts[c.Person] : others[c.Person]![c.Variant],
                        Row = c.Row + rowOffset,
                    };
                }
            }
        });
        ShiftIn(blocks, part.Count);
        StoredCompactly += part.Count;
        (part._chunks, part._ids, part._variants, part.Count) = ([], new(), [], 0);
    }

    /// <summary>
    /// Adds <paramref name="count"/> rows held in <paramref name="blocks"/> after this store's, moving them within
    /// their own blocks rather than copying them into new ones (which once held a second copy of half a population):
    /// the first fill this store's last block, and each block then takes the rest of its own rows and the start of the next's.
    /// </summary>
    private void ShiftIn(List<Compact[]?> blocks, int count)
    {
        var used = Count % ChunkSize;
        var free = used == 0 ? 0 : ChunkSize - used;
        int Rows(int k) => Math.Min(ChunkSize, count - k * ChunkSize);
        if (free > 0) blocks[0]!.AsSpan(0, Math.Min(free, count)).CopyTo(_chunks[^1].AsSpan(used));
        for (var k = 0; k < blocks.Count; k++)
        {
            var block = blocks[k]!;
            var kept = Rows(k) - free;
            if (kept <= 0) break;
            if (free > 0)
            {
                block.AsSpan(free, kept).CopyTo(block);
                if (k + 1 < blocks.Count) blocks[k + 1]!.AsSpan(0, Math.Min(free, Rows(k + 1))).CopyTo(block.AsSpan(kept));
            }
            _chunks.Add(block);
            blocks[k] = null;
        }
        Count += count;
    }

    /// <summary>Runs <paramref name="body"/> over [0, count) cut into ranges, on every core.</summary>
    private static void ForRanges(int count, Action<int, int> body) =>
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, count, Math.Max(1, count / (4 * Environment.ProcessorCount))),
            range => body(range.Item1, range.Item2));

    /// <summary>
    /// Makes this empty store <paramref name="part"/>, the first part of a file, whose rows are already numbered
    /// in the file: nothing is copied, and the part is left empty. The other parts are then appended.
    /// </summary>
    public void TakeOver(ClaimStore part)
    {
        if (Count > 0 || Persons > 0) throw new InvalidOperationException("only an empty store takes over a part");
        (_chunks, _ids, _variants, _inputs, Count, StoredCompactly) = (part._chunks, part._ids, part._variants, part._inputs, part.Count, part.StoredCompactly);
        (part._chunks, part._ids, part._variants, part._inputs, part.Count, part.StoredCompactly) = ([], new(), [], null, 0, 0);
        _groups = null;
    }

    /// <summary>How one part's persons and descriptions are numbered in the store it is added to.</summary>
    internal sealed class PartNumbers(ClaimStore part)
    {
        // One read a row in the common case: each person's number here and, beside it, the number here of their
        // first description (most persons have one); their other descriptions, rarer, in arrays of their own.
        private readonly long[] _numbers = Enumerable.Repeat(-1L, part.Persons).ToArray();
        private readonly byte[]?[] _others = new byte[]?[part.Persons];

        public (int Person, byte Variant) Of(int person, byte variant, ClaimStore into, ClaimStore from)
        {
            var known = _numbers[person];
            if (known < 0)
            {
                var id = from._variants[person][0].Id;
                var number = into._ids.NumberOf(id, out var slot);
                if (number < 0)
                {
                    number = into._ids.Add(id, ref slot);
                    into._variants.Add([from._variants[person][0]]);
                }
                known = _numbers[person] = (long)Variant(into, number, from._variants[person][0]) << 32 | (uint)number;
            }
            var here = (int)(known & 0xFFFF_FFFF);
            if (variant == 0) return (here, (byte)(known >> 32));
            var others = _others[person] ??= Enumerable.Repeat(byte.MaxValue, from._variants[person].Length).ToArray();
            if (others[variant] == byte.MaxValue) others[variant] = Variant(into, here, from._variants[person][variant]);
            return (here, others[variant]);
        }

        /// <summary>Which of person <paramref name="number"/>'s descriptions in <paramref name="into"/> <paramref name="description"/> is, added if new.</summary>
        internal static byte Variant(ClaimStore into, int number, Person description)
        {
            var variants = into._variants[number];
            var found = Array.IndexOf(variants, description);
            if (found >= 0) return (byte)found;
            if (variants.Length == byte.MaxValue) throw new InvalidOperationException($"person '{description.Id}' is described in more than {byte.MaxValue} ways");
            into._variants[number] = [.. variants, description];
            return (byte)variants.Length;
        }
    }


    private ref Compact At(int index) => ref _chunks[index / ChunkSize]![index % ChunkSize];

    /// <summary>The claim at <paramref name="index"/> (in file order), made again.</summary>
    public Claim Claim(int index)
    {
        ref var c = ref At(index);
        var amount = new decimal((int)(c.Fen & 0xFFFF_FFFF), (int)(c.Fen >> 32), 0, false, 2);
        return new Claim(_variants[c.Person][c.Variant], c.Date, (HospitalLevel)c.Level, amount, (Channel)c.Channel, (Place)c.Place,
            (c.Flags & 1) != 0, (c.Flags & 2) != 0, _inputs?.GetValueOrDefault(index));
    }

    public int Row(int index) => At(index).Row;

    public int PersonOf(int index) => At(index).Person;

    public DateOnly DateOf(int index) => At(index).Date;

    /// <summary>In how many ways person number <paramref name="person"/> (as <see cref="Groups"/> numbers them) is described.</summary>
    public int Descriptions(int person) => _variants[person].Length;

    public Person Description(int index) => _variants[At(index).Person][At(index).Variant];

    /// <summary>Whether claims <paramref name="a"/> and <paramref name="b"/> describe their person alike.</summary>
    public bool SameDescription(int a, int b) => At(a).Variant == At(b).Variant;

    /// <summary>
    /// Claims grouped by person in order of first appearance, each person's by date and then row: a counting
    /// pass over the person numbers, then a sort of each person's few claims, never a sort of the whole.
    /// </summary>
    public (int[] Order, int[] Starts) Groups() => _groups ??= Group();

    // Worked out once, after the last claim is added: the conflict check and every policy settled use it.
    private (int[] Order, int[] Starts)? _groups;

    private (int[] Order, int[] Starts) Group()
    {
        // A counting pass on every core: each range of claims counts its own persons' claims, so each range then
        // places its claims after those of the ranges before it, and every person's claims stay in file order.
        var ranges = Math.Clamp(Count / (1 << 20), 1, Environment.ProcessorCount);
        var counts = new int[ranges][];
        Parallel.For(0, ranges, k =>
        {
            var own = counts[k] = new int[Persons];
            var (from, to) = Range(k, ranges);
            for (var i = from; i < to; i++) own[At(i).Person]++;
        });
        var starts = new int[Persons + 1];
        for (var p = 0; p < Persons; p++)
        {
            var at = starts[p];
            for (var k = 0; k < ranges; k++) (counts[k][p], at) = (at, at + counts[k][p]);
            starts[p + 1] = at;
        }
        var order = new int[Count];
        Parallel.For(0, ranges, k =>
        {
            var next = counts[k];
            var (from, to) = Range(k, ranges);
            for (var i = from; i < to; i++) order[next[At(i).Person]++] = i;
        });
        Parallel.For(0, ranges, k =>
        {
            for (var p = (int)((long)Persons * k / ranges); p < (int)((long)Persons * (k + 1) / ranges); p++)
            {
                // Indices are in file order already; a stable sort by date keeps it within a day.
                var own = order.AsSpan(starts[p], starts[p + 1] - starts[p]);
                if (!IsByDate(own)) own.Sort((a, b) => At(a).Date != At(b).Date ? At(a).Date.CompareTo(At(b).Date) : a.CompareTo(b));
            }
        });
        return (order, starts);
    }

    private (int From, int To) Range(int k, int ranges) => ((int)((long)Count * k / ranges), (int)((long)Count * (k + 1) / ranges));

    private bool IsByDate(ReadOnlySpan<int> claims)
    {
        for (var i = 1; i < claims.Length; i++)
        {
            if (At(claims[i]).Date < At(claims[i - 1]).Date) return false;
        }
        return true;
    }
}

/// <summary>A person's facts as one row gives them, before they are matched to a description already stored.</summary>
internal readonly record struct PersonDescription(InsuredStatus Status, int Age, Scheme Scheme, bool OldWorker, decimal Base)
{
    /// <summary>Whether <paramref name="person"/> is this description (as <see cref="Person"/>'s equality has it, with no inputs of a policy's own).</summary>
    public bool Describes(Person person) => person.Status == Status && person.Age == Age && person.Scheme == Scheme && person.OldWorker == OldWorker
        && person.Base == Base && person.Inputs.Count == 0;

    public Person Person(string id) => new(id, Status, Age, Scheme, OldWorker, Base);
}

/// <summary>A claim's own facts as one row gives them, the amount in fen.</summary>
internal readonly record struct ClaimFacts(DateOnly Date, HospitalLevel Level, long Fen, Channel Channel, Place Place, bool Designated, bool Inpatient);
