namespace SachSong.Core.Linkage;

/// <summary>Computes the agreement level of each comparison for a left–right pair (-1 when a value is missing).</summary>
internal sealed class PairComparer
{
    private readonly ComparisonSpec[] _specs;
    private readonly LinkageColumn[] _left;
    private readonly LinkageColumn[] _right;
    private readonly DigitsColumn?[] _alternate;
    private readonly string?[][] _leftFolded;

    public PairComparer(LinkageSpec spec, LinkageTable left, LinkageTable right)
    {
        _specs = [.. spec.Comparisons];
        _left = _specs.Select(c => left[c.LeftColumn]).ToArray();
        _right = _specs.Select(c => right[c.RightColumn]).ToArray();
        _alternate = _specs.Select(c => c.RightAlternateColumn is { } a ? right.Column<DigitsColumn>(a) : null).ToArray();
        _leftFolded = _specs.Select(c => c.Kind == ComparisonKind.Text ? new string?[left.Count] : []).ToArray();
    }

    public int Count => _specs.Length;

    public ComparisonSpec Spec(int k) => _specs[k];

    public int Level(int k, int l, int r) => _specs[k].Kind switch
    {
        ComparisonKind.Exact => ExactLevel((CodeColumn)_left[k], (CodeColumn)_right[k], l, r),
        ComparisonKind.Text => TextLevel(k, l, r),
        ComparisonKind.Date => DateLevel(((DateColumn)_left[k]).Packed(l), ((DateColumn)_right[k]).Packed(r)),
        ComparisonKind.Digits => DigitsLevel((DigitsColumn)_left[k], (DigitsColumn)_right[k], _alternate[k], l, r),
        _ => throw new InvalidOperationException(),
    };

    public void Levels(int l, int r, Span<sbyte> levels)
    {
        for (var k = 0; k < _specs.Length; k++) levels[k] = (sbyte)Level(k, l, r);
    }

    private static int ExactLevel(CodeColumn left, CodeColumn right, int l, int r)
    {
        var a = left.Id(l);
        var b = right.Id(r);
        if (a < 0 || b < 0) return -1;
        return a == b ? 0 : 1;
    }

    private int TextLevel(int k, int l, int r)
    {
        var left = (TextColumn)_left[k];
        var right = (TextColumn)_right[k];
        var a = left.Words(l);
        var b = right.Words(r);
        if (a.Length == 0 || b.Length == 0) return -1;
        var tokens = left.Tokens;
        var rightTokens = right.Tokens;
        if (a.Length == b.Length)
        {
            var keys = true;
            var folded = true;
            for (var i = 0; i < a.Length && folded; i++)
            {
                if (a[i] == b[i]) continue;
                if (tokens.KeyOf(a[i]) != rightTokens.KeyOf(b[i])) keys = false;
                if (tokens.FoldedOf(a[i]) != rightTokens.FoldedOf(b[i])) folded = false;
            }
            if (keys && folded) return 0;
            if (folded) return 1;
            if (SameFoldedWords(tokens, a, rightTokens, b)) return 2;
        }
        var fa = (_leftFolded[k][l] ??= left.FoldedText(l)).AsSpan();
        Span<char> buffer = stackalloc char[128];
        var length = right.WriteFolded(r, buffer);
        var fb = length >= 0 ? buffer[..length] : right.FoldedText(r).AsSpan();
        if (StringSimilarity.DamerauLevenshtein(fa, fb, 1) <= 1) return 3;
        var jw = StringSimilarity.JaroWinkler(fa, fb);
        var spec = _specs[k];
        if (jw >= spec.HighSimilarity) return 4;
        return jw >= spec.LowSimilarity ? 5 : 6;
    }

    private static bool SameFoldedWords(TokenTable ta, ReadOnlySpan<int> a, TokenTable tb, ReadOnlySpan<int> b)
    {
        Span<int> x = a.Length <= 32 ? stackalloc int[a.Length] : new int[a.Length];
        Span<int> y = b.Length <= 32 ? stackalloc int[b.Length] : new int[b.Length];
        for (var i = 0; i < a.Length; i++) x[i] = ta.FoldedOf(a[i]);
        for (var i = 0; i < b.Length; i++) y[i] = tb.FoldedOf(b[i]);
        x.Sort();
        y.Sort();
        return x.SequenceEqual(y);
    }

    /// <summary>Level of two packed dates (yyyymmdd, 00 for unknown parts, 0 missing).</summary>
    internal static int DateLevel(int a, int b)
    {
        if (a <= 0 || b <= 0) return -1;
        int ya = a / 10000, ma = a / 100 % 100, da = a % 100;
        int yb = b / 10000, mb = b / 100 % 100, db = b % 100;
        if (a == b) return da != 0 ? 0 : 1;
        if (ya == yb)
        {
            // A partial date that agrees as far as it goes: 1950 vs 05/03/1950, 03/1950 vs 05/03/1950.
            if (ma == 0 || mb == 0 || ((da == 0 || db == 0) && ma == mb)) return 1;
            if (da != 0 && db != 0 && da == mb && db == ma) return 2;
            return 4;
        }
        if (Math.Abs(ya - yb) == 1 && ma != 0 && ma == mb && (da == db || da == 0 || db == 0)) return 3;
        return 5;
    }

    private static int DigitsLevel(DigitsColumn left, DigitsColumn right, DigitsColumn? alternate, int l, int r)
    {
        var la = left.Length(l);
        if (la == 0) return -1;
        var lb = right.Length(r);
        var alt = alternate is not null && alternate.Length(r) > 0;
        if (lb == 0 && !alt) return -1;
        var va = left.Value(l);
        if (lb == la && right.Value(r) == va) return 0;
        if (alt && alternate!.Length(r) == la && alternate.Value(r) == va) return 1;
        if (lb == 0) return 4;
        if (lb == la) return DigitDifference(va, right.Value(r), la);
        return 4;
    }

    /// <summary>2 when one digit differs, 3 when two adjacent digits are swapped, else 4.</summary>
    internal static int DigitDifference(long a, long b, int length)
    {
        Span<int> diff = stackalloc int[3];
        var n = 0;
        Span<byte> da = stackalloc byte[DigitsColumn.MaxDigits];
        Span<byte> db = stackalloc byte[DigitsColumn.MaxDigits];
        for (var i = length - 1; i >= 0; i--)
        {
            da[i] = (byte)(a % 10);
            db[i] = (byte)(b % 10);
            a /= 10;
            b /= 10;
            if (da[i] != db[i])
            {
                if (n == 2) return 4;
                diff[n++] = i;
            }
        }
        if (n == 1) return 2;
        if (n == 2 && diff[0] == diff[1] + 1 && da[diff[0]] == db[diff[1]] && da[diff[1]] == db[diff[0]]) return 3;
        return 4;
    }
}
