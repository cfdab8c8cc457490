namespace SachSong.Core.Linkage;

/// <summary>
/// Proposes candidate pairs for some left rows with blocking rules. Indexed rules (one digits column) are answered by hash
/// lookups; the other rules share one parallel scan of the right table that keeps only the keys the left rows ask for, and the
/// same scan counts, for term-frequency adjustment, how often each left row's text value occurs on the right.
/// </summary>
internal sealed class CandidateFinder(LinkageTable left, LinkageTable right)
{
    /// <summary>Candidates per row (sorted right rows, no repeats) and text frequencies per TF comparison.</summary>
    public sealed record Result(int[][] Candidates, Dictionary<long, int>[] TermCounts, int[] BlockPairs);

    public Result Find(IReadOnlyList<int> rows, IReadOnlyList<BlockingRule> rules, IReadOnlyList<TextColumnPair> termFrequency)
    {
        var lists = new List<int>?[rows.Count];
        var blockPairs = new int[rules.Count];
        var scanRules = new List<(int Rule, BlockingRule Spec)>();
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].IsIndexed(right)) blockPairs[i] = Indexed(rows, rules[i], lists);
            else scanRules.Add((i, rules[i]));
        }
        var termCounts = termFrequency.Select(_ => new Dictionary<long, int>()).ToArray();
        if (scanRules.Count > 0 || termFrequency.Count > 0) Scan(rows, scanRules, termFrequency, lists, termCounts, blockPairs);

        var result = new int[rows.Count][];
        for (var i = 0; i < rows.Count; i++)
        {
            var list = lists[i];
            if (list is null || list.Count == 0)
            {
                result[i] = [];
                continue;
            }
            list.Sort();
            var n = 0;
            for (var j = 0; j < list.Count; j++)
                if (j == 0 || list[j] != list[j - 1]) list[n++] = list[j];
            result[i] = list.GetRange(0, n).ToArray();
        }
        return new Result(result, termCounts, blockPairs);
    }

    private int Indexed(IReadOnlyList<int> rows, BlockingRule rule, List<int>?[] lists)
    {
        var part = rule.Parts[0];
        var l = left.Column<DigitsColumn>(part.LeftColumn);
        var r = right.Column<DigitsColumn>(part.RightColumn);
        var pairs = 0;
        var found = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var length = l.Length(row);
            if (length == 0) continue;
            var value = l.Value(row);
            found.Clear();
            r.FindAll(value, length, found);
            if (part.Transform == KeyTransform.DigitNeighbours && length >= 6) Neighbours(r, value, length, found);
            if (found.Count == 0) continue;
            if (found.Count > rule.MaxBlockSize) continue;
            (lists[i] ??= []).AddRange(found);
            pairs += found.Count;
        }
        return pairs;
    }

    /// <summary>A one-sided bit filter over 64-bit keys that are already well mixed: false means "surely absent".</summary>
    private sealed class KeyFilter
    {
        private readonly ulong[] _bits;
        private readonly int _shift;

        public KeyFilter(IEnumerable<long> keys)
        {
            var list = keys as ICollection<long> ?? keys.ToList();
            // About 32 bits per key (≈3 % false positives), between 2^16 bits and 2^28 bits (32 MB).
            var log2 = Math.Clamp(64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Max(1, list.Count) * 32), 16, 28);
            _bits = new ulong[(1L << log2) / 64];
            _shift = 64 - log2;
            foreach (var k in list)
            {
                var b = unchecked((ulong)k) >> _shift;
                _bits[b >> 6] |= 1UL << (int)(b & 63);
            }
        }

        public bool MayContain(long key)
        {
            var b = unchecked((ulong)key) >> _shift;
            return (_bits[b >> 6] & (1UL << (int)(b & 63))) != 0;
        }
    }

    /// <summary>Values one substituted digit or one adjacent swap away from the given one.</summary>
    internal static void Neighbours(DigitsColumn column, long value, int length, List<int> found)
    {
        Span<byte> d = stackalloc byte[DigitsColumn.MaxDigits];
        var v = value;
        for (var i = length - 1; i >= 0; i--)
        {
            d[i] = (byte)(v % 10);
            v /= 10;
        }
        long pow = 1;
        for (var i = length - 1; i >= 0; i--)
        {
            for (var digit = 0; digit < 10; digit++)
            {
                if (digit == d[i]) continue;
                column.FindAll(value + ((digit - d[i]) * pow), length, found);
            }
            if (i > 0 && d[i] != d[i - 1])
            {
                // Swap positions i-1 and i: position i has weight pow, i-1 has weight 10·pow.
                var swapped = value + ((d[i - 1] - d[i]) * pow) + ((d[i] - d[i - 1]) * pow * 10);
                column.FindAll(swapped, length, found);
            }
            pow *= 10;
        }
    }

    private void Scan(IReadOnlyList<int> rows, List<(int Rule, BlockingRule Spec)> scanRules, IReadOnlyList<TextColumnPair> tf,
        List<int>?[] lists, Dictionary<long, int>[] termCounts, int[] blockPairs)
    {
        var keys = scanRules.Select(s => new BlockingKeys(s.Spec, left, right)).ToArray();
        // Wanted keys: key → slot; each slot chains the row positions that asked for it.
        var slotOf = new Dictionary<long, int>();
        var slotRule = new List<int>();
        var slotFirst = new List<int>();
        var entryRow = new List<int>();
        var entryNext = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            for (var s = 0; s < keys.Length; s++)
            {
                if (!keys[s].TryLeft(rows[i], out var key)) continue;
                key = Hashing.Combine(key, s);
                if (!slotOf.TryGetValue(key, out var slot))
                {
                    slot = slotRule.Count;
                    slotOf.Add(key, slot);
                    slotRule.Add(s);
                    slotFirst.Add(-1);
                }
                entryRow.Add(i);
                entryNext.Add(slotFirst[slot]);
                slotFirst[slot] = entryRow.Count - 1;
            }
        }
        var tfWanted = new Dictionary<long, int>[tf.Count];
        for (var t = 0; t < tf.Count; t++)
        {
            tfWanted[t] = [];
            foreach (var row in rows)
            {
                var h = tf[t].Left.FoldedHash(row);
                if (h != 0) tfWanted[t].TryAdd(h, tfWanted[t].Count);
            }
        }

        // Most right rows ask for a key no left row wants; a small bit filter answers those without probing the
        // (cache-missing) dictionaries.
        var keyFilter = new KeyFilter(slotOf.Keys);
        var tfFilters = tfWanted.Select(w => new KeyFilter(w.Keys)).ToArray();
        var parts = Math.Max(1, Math.Min(Environment.ProcessorCount, right.Count / 50_000 + 1));
        var hits = new List<long>[parts];
        var tfHits = new int[parts][][];
        Parallel.For(0, parts, p =>
        {
            var from = (int)((long)right.Count * p / parts);
            var to = (int)((long)right.Count * (p + 1) / parts);
            var local = new List<long>();
            var localTf = new int[tf.Count][];
            for (var t = 0; t < tf.Count; t++) localTf[t] = new int[tfWanted[t].Count];
            for (var r = from; r < to; r++)
            {
                for (var s = 0; s < keys.Length; s++)
                {
                    if (!keys[s].TryRight(r, out var key)) continue;
                    key = Hashing.Combine(key, s);
                    if (keyFilter.MayContain(key) && slotOf.TryGetValue(key, out var slot)) local.Add(((long)slot << 32) | (uint)r);
                }
                for (var t = 0; t < tf.Count; t++)
                {
                    if (tfWanted[t].Count == 0) continue;
                    var h = tf[t].Right.FoldedHash(r);
                    if (h != 0 && tfFilters[t].MayContain(h) && tfWanted[t].TryGetValue(h, out var idx)) localTf[t][idx]++;
                }
            }
            hits[p] = local;
            tfHits[p] = localTf;
        });

        for (var t = 0; t < tf.Count; t++)
            foreach (var (h, idx) in tfWanted[t])
            {
                var total = 0;
                for (var p = 0; p < parts; p++) total += tfHits[p][t][idx];
                termCounts[t][h] = total;
            }

        var blockSize = new int[slotRule.Count];
        foreach (var local in hits)
            foreach (var hit in local) blockSize[(int)(hit >> 32)]++;
        // Two passes with exact sizes instead of growing a list per row: count each row's pairs, then fill.
        var perRow = new int[rows.Count];
        foreach (var local in hits)
            foreach (var hit in local)
            {
                var slot = (int)(hit >> 32);
                if (blockSize[slot] > scanRules[slotRule[slot]].Spec.MaxBlockSize) continue;
                for (var e = slotFirst[slot]; e >= 0; e = entryNext[e]) perRow[entryRow[e]]++;
            }
        for (var i = 0; i < rows.Count; i++)
        {
            if (perRow[i] == 0) continue;
            var list = lists[i] ??= new List<int>(perRow[i]);
            list.Capacity = Math.Max(list.Capacity, list.Count + perRow[i]);
        }
        foreach (var local in hits)
        {
            foreach (var hit in local)
            {
                var slot = (int)(hit >> 32);
                var rule = scanRules[slotRule[slot]];
                if (blockSize[slot] > rule.Spec.MaxBlockSize) continue;
                var r = (int)(hit & 0xFFFFFFFF);
                for (var e = slotFirst[slot]; e >= 0; e = entryNext[e])
                {
                    lists[entryRow[e]]!.Add(r);
                    blockPairs[rule.Rule]++;
                }
            }
        }
    }
}
