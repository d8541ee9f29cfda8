using System.Runtime.InteropServices;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// Person ids to person numbers for a population of millions, the lookup every claim row makes. One open-addressed
/// table of small entries (the id's hash, its number, where its characters lie in one shared array) and, in the same
/// entry, the description the person's last compact row gave: a row costs about one entry and one id compared,
/// where a dictionary of strings and a description looked up elsewhere cost several reads scattered over the heap
/// (measured on this machine: 200–450 ns a row for the dictionary alone, on 100,000 persons).
/// </summary>
internal sealed class PersonIds
{
    private struct Entry
    {
        public int Number; // −1: empty
        public uint Hash;
        public int Start;
        public int Length;
        // The last description: status, age, scheme, old worker and which of the person's descriptions it is, then the base in fen.
        public ulong Described;
        public long Base;
    }

    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

    private Entry[] _entries = Empty(1 << 10);
    private char[] _chars = new char[1 << 12];
    private int _used;

    public int Count { get; private set; }

    /// <summary>The person's number, or −1; <paramref name="slot"/> is where it is, or where <see cref="Add"/> puts it.</summary>
    public int NumberOf(ReadOnlySpan<char> id, out int slot)
    {
        var hash = Hash(id);
        var mask = _entries.Length - 1;
        for (slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            ref var entry = ref _entries[slot];
            if (entry.Number < 0) return -1;
            if (entry.Hash == hash && id.SequenceEqual(_chars.AsSpan(entry.Start, entry.Length))) return entry.Number;
        }
    }

    /// <summary>Numbers a new id, at the slot <see cref="NumberOf"/> gave (nothing added since); <paramref name="slot"/> is then its slot.</summary>
    public int Add(ReadOnlySpan<char> id, ref int slot)
    {
        if (_used + id.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + id.Length));
        id.CopyTo(_chars.AsSpan(_used));
        _entries[slot] = new Entry { Number = Count, Hash = Hash(id), Start = _used, Length = id.Length };
        _used += id.Length;
        Count++;
        if (Count * 2 > _entries.Length)
        {
            Grow();
            NumberOf(id, out slot);
        }
        return Count - 1;
    }

    /// <summary>Which of the person's descriptions <paramref name="person"/> is, when it is the one their last compact row gave.</summary>
    public bool IsLast(int slot, in PersonDescription person, out byte variant)
    {
        ref var entry = ref _entries[slot];
        variant = (byte)(entry.Described >> 32);
        return (entry.Described & 1UL << 40) != 0 && Exact(person) && Pack(person, out var @base) == (entry.Described & 0xFFFF_FFFF) && @base == entry.Base;
    }

    /// <summary>Remembers <paramref name="person"/> as the person's last description, <paramref name="variant"/> of theirs (one whose base is not whole fen is not remembered).</summary>
    public void SetLast(int slot, in PersonDescription person, byte variant)
    {
        ref var entry = ref _entries[slot];
        var packed = Pack(person, out var @base);
        (entry.Described, entry.Base) = (Exact(person) ? packed | (ulong)variant << 32 | 1UL << 40 : 0, @base);
    }

    /// <summary>Whether the packing below is the description itself: a base of whole fen (as every reader gives one), an age that fits a byte.</summary>
    private static bool Exact(in PersonDescription person) =>
        person.Base.Scale <= 2 && Math.Abs(person.Base) < 90_000_000_000_000m && person.Age is >= 0 and <= byte.MaxValue;

    // Each field in a byte (an age is at most 150, each enumeration has a handful of members), the base in fen beside.
    private static ulong Pack(in PersonDescription person, out long @base)
    {
        @base = Exact(person) ? decimal.ToInt64(person.Base * 100m) : long.MinValue;
        return (ulong)(byte)person.Status | (ulong)(byte)person.Age << 8 | (ulong)(byte)person.Scheme << 16 | (person.OldWorker ? 1UL : 0UL) << 24;
    }

    private void Grow()
    {
        var old = _entries;
        _entries = Empty(old.Length * 2);
        var mask = _entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Number < 0) continue;
            var slot = (int)entry.Hash & mask;
            while (_entries[slot].Number >= 0) slot = (slot + 1) & mask;
            _entries[slot] = entry;
        }
    }

    private static Entry[] Empty(int size)
    {
        var entries = new Entry[size];
        foreach (ref var entry in entries.AsSpan()) entry.Number = -1;
        return entries;
    }

    /// <summary>Four characters at a time, mixed with a seed chosen per run (so no file can be made to collide on purpose).</summary>
    private static uint Hash(ReadOnlySpan<char> id)
    {
        var h = Seed ^ (ulong)id.Length;
        var words = MemoryMarshal.Cast<char, ulong>(id);
        foreach (var word in words) h = (h ^ word) * 0x9E37_79B9_7F4A_7C15UL;
        for (var i = words.Length * 4; i < id.Length; i++) h = (h ^ id[i]) * 0x9E37_79B9_7F4A_7C15UL;
        h ^= h >> 29;
        h *= 0xBF58_476D_1CE4_E5B9UL;
        return (uint)(h ^ (h >> 32));
    }
}
