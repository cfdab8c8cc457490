namespace SachSong.Core.Linkage;

/// <summary>
/// String similarity measures used by the comparisons: Jaro-Winkler (a similarity in [0, 1], 1 for equal strings) and
/// the Damerau-Levenshtein distance in its optimal-string-alignment form (edits: insert, delete, substitute, swap two
/// adjacent characters). Both are symmetric and compare UTF-16 code units ordinally; normalise first.
/// </summary>
public static class StringSimilarity
{
    /// <summary>Jaro-Winkler similarity with prefix scale 0.1 and at most 4 prefix characters; 1 for two empty strings.</summary>
    public static double JaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var jaro = Jaro(a, b);
        if (jaro <= 0) return 0;
        var prefix = 0;
        var max = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < max && a[prefix] == b[prefix]) prefix++;
        var jw = jaro + (prefix * 0.1 * (1 - jaro));
        return Math.Min(1.0, jw);
    }

    /// <summary>Jaro similarity; 1 for two empty strings, 0 when exactly one is empty.</summary>
    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 && b.Length == 0) return 1;
        if (a.Length == 0 || b.Length == 0) return 0;
        if (a.SequenceEqual(b)) return 1;
        // Jaro is symmetric in theory; computing it always from the shorter string makes it symmetric in floating point too.
        if (a.Length > b.Length || (a.Length == b.Length && a.SequenceCompareTo(b) > 0))
        {
            var t = a;
            a = b;
            b = t;
        }
        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> aFlags = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bFlags = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];
        aFlags.Clear();
        bFlags.Clear();
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var lo = Math.Max(0, i - window);
            var hi = Math.Min(b.Length - 1, i + window);
            for (var j = lo; j <= hi; j++)
            {
                if (bFlags[j] || a[i] != b[j]) continue;
                aFlags[i] = true;
                bFlags[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;
        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aFlags[i]) continue;
            while (!bFlags[k]) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }
        double m = matches;
        return ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
    }

    /// <summary>
    /// Optimal-string-alignment distance, or <paramref name="limit"/> + 1 as soon as it is known to exceed
    /// <paramref name="limit"/> (pass <see cref="int.MaxValue"/> for the exact distance).
    /// </summary>
    public static int DamerauLevenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (Math.Abs(a.Length - b.Length) > limit) return limit == int.MaxValue ? limit : limit + 1;
        var n = b.Length;
        Span<int> prev2 = n < 128 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> prev = n < 128 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> cur = n < 128 ? stackalloc int[n + 1] : new int[n + 1];
        prev2.Clear();
        for (var j = 0; j <= n; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= n; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > limit) return limit + 1;
            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        var d = prev[n];
        return d > limit ? limit + 1 : d;
    }
}
