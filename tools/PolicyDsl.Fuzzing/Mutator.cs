using System.Text;

namespace PolicyDsl.Fuzzing;

/// <summary>
/// Simple, deterministic mutations of a seed for the in-process loop: bytes flipped, set, deleted or
/// repeated; tokens of the languages inserted; lines swapped, repeated or dropped; two seeds spliced.
/// No coverage guidance (that is what AFL or libFuzzer add, see README.md), but the same seed always
/// gives the same inputs, so a test can run a bounded number of them.
/// </summary>
internal sealed class Mutator(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Inputs are cut to this many bytes: the loop wants many small ones, not a few large ones.</summary>
    public const int MaxInput = 64 * 1024;

    private static readonly byte[][] Tokens = new[]
    {
        "let ", "param ", "rule ", "exclude ", "input ", "total ", "enum ", "invariant ", "policy ", "match ", " with ", "| ", " -> ", "_",
        "if ", " then ", " else ", "not ", "&&", "||", "=", "<>", "<=", "(", ")", "{", "}", ";", ".", ":", ",", "\"", "\\", "@ 第一条",
        "dated", " from ", " until ", "unstated \"x\"", "bands ", " after ", " up to ", " above ", "capped by ", " against ", " when ",
        " per year", " per month", "sum ", "count ", "元", "万元", "%", "pp", "个百分点", "岁", "0元", "-1元", "0.001元", "99999999999999999999元",
        "2147483647", "2147483648", "9999-12-31", "0001-01-01", "2023-02-29", "2024年2月30日", "claim.amount", "person.base", "year.fundPaid",
        "result.fund", "total.x", "min ", "max ", "|>", "\n", "\r\n", "\n    ", "\t", "\u3000", "（", "）", "＝", "\u202E", "\uFEFF", "///",
        "//", "/*", "Level2", "Retired", "true", "false", "1e28", "NaN", "-0", "+", "*", "/", ",,,,", "\"\"\"", "person,status,age,scheme,date,level,amount\n",
        "case \"x\"\n", "person A employed 45 employer base 6000\n", "claim A 2023-01-05 level2 500.00 => fund 1.00\n", " => error PD0303", "set x = 1元\n",
    }.Select(Encoding.UTF8.GetBytes).ToArray();

    private static readonly byte[] Interesting = [0, 0xFF, 0x80, 0xC0, 0xE4, (byte)'"', (byte)',', (byte)'\n', (byte)'(', (byte)')', (byte)'|', (byte)'-', (byte)'9', (byte)'@', (byte)'.', (byte)' '];

    public byte[] Mutate(byte[] seed, IReadOnlyList<byte[]> corpus)
    {
        var data = new List<byte>(seed);
        var steps = 1 + _random.Next(4);
        for (var i = 0; i < steps; i++) Step(data, corpus);
        return data.Count > MaxInput ? data.GetRange(0, MaxInput).ToArray() : data.ToArray();
    }

    private void Step(List<byte> data, IReadOnlyList<byte[]> corpus)
    {
        var at = data.Count == 0 ? 0 : _random.Next(data.Count);
        switch (_random.Next(9))
        {
            case 0 when data.Count > 0: data[at] ^= (byte)(1 << _random.Next(8)); break;
            case 1 when data.Count > 0: data[at] = Interesting[_random.Next(Interesting.Length)]; break;
            case 2 when data.Count > 0: data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(64))); break;
            case 3 when data.Count > 0:
                var length = Math.Min(data.Count - at, 1 + _random.Next(256));
                var copies = 1 + _random.Next(_random.Next(2) == 0 ? 3 : 200);
                var range = data.GetRange(at, length);
                for (var c = 0; c < copies && data.Count < MaxInput; c++) data.InsertRange(at, range);
                break;
            case 4: data.InsertRange(at, Tokens[_random.Next(Tokens.Length)]); break;
            case 5: Lines(data, swap: true); break;
            case 6: Lines(data, swap: false); break;
            case 7 when corpus.Count > 0:
                var other = corpus[_random.Next(corpus.Count)];
                var from = other.Length == 0 ? 0 : _random.Next(other.Length);
                data.InsertRange(at, other.Skip(from).Take(1 + _random.Next(512)));
                break;
            default: data.InsertRange(at, Tokens[_random.Next(Tokens.Length)]); break;
        }
    }

    /// <summary>Swaps two lines, or repeats one (sometimes many times, to grow chains and depths).</summary>
    private void Lines(List<byte> data, bool swap)
    {
        var lines = Split(data);
        if (lines.Count == 0) return;
        var a = _random.Next(lines.Count);
        if (swap)
        {
            var b = _random.Next(lines.Count);
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }
        else
        {
            var times = _random.Next(3) == 0 ? 0 : 1 + _random.Next(_random.Next(2) == 0 ? 2 : 500);
            if (times == 0) lines.RemoveAt(a);
            else lines.InsertRange(a, Enumerable.Repeat(lines[a], times));
        }
        data.Clear();
        foreach (var line in lines) data.AddRange(line);
    }

    private static List<byte[]> Split(List<byte> data)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] != (byte)'\n') continue;
            lines.Add(data.GetRange(start, i - start + 1).ToArray());
            start = i + 1;
        }
        if (start < data.Count) lines.Add(data.GetRange(start, data.Count - start).ToArray());
        return lines;
    }
}
