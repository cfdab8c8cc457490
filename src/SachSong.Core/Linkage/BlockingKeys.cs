namespace SachSong.Core.Linkage;

/// <summary>Computes a blocking rule's key for a left or a right record (false when a part is missing).</summary>
internal sealed class BlockingKeys
{
    private readonly (LinkageColumn Left, LinkageColumn Right, KeyTransform Transform)[] _parts;

    public BlockingKeys(BlockingRule rule, LinkageTable left, LinkageTable right)
    {
        _parts = rule.Parts.Select(p => (left[p.LeftColumn], right[p.RightColumn], p.Transform)).ToArray();
    }

    public bool TryLeft(int row, out long key) => TryKey(row, leftSide: true, out key);

    public bool TryRight(int row, out long key) => TryKey(row, leftSide: false, out key);

    private bool TryKey(int row, bool leftSide, out long key)
    {
        key = 1;
        for (var i = 0; i < _parts.Length; i++)
        {
            var (l, r, transform) = _parts[i];
            if (!TryPart(leftSide ? l : r, transform, row, out var value))
            {
                key = 0;
                return false;
            }
            key = Hashing.Combine(key, Hashing.Combine(i, value));
        }
        return true;
    }

    private static bool TryPart(LinkageColumn column, KeyTransform transform, int row, out long value)
    {
        value = 0;
        switch (column)
        {
            case TextColumn text:
            {
                var words = text.Words(row);
                if (words.Length == 0) return false;
                var tokens = text.Tokens;
                value = transform switch
                {
                    KeyTransform.SortedWords => text.SortedFoldedHash(row),
                    KeyTransform.FirstWord => tokens.FoldedOf(words[0]),
                    KeyTransform.LastWord => tokens.FoldedOf(words[^1]),
                    KeyTransform.FirstAndLastWord => Hashing.Combine(tokens.FoldedOf(words[0]), tokens.FoldedOf(words[^1])),
                    _ => text.FoldedHash(row),
                };
                return true;
            }
            case DateColumn date:
            {
                var p = date.Packed(row);
                if (p <= 0) return false;
                switch (transform)
                {
                    case KeyTransform.Year:
                        value = p / 10000;
                        return true;
                    case KeyTransform.MonthDay:
                        if (p % 100 == 0) return false;
                        value = p % 10000;
                        return true;
                    default:
                        if (p % 100 == 0) return false;
                        value = p;
                        return true;
                }
            }
            case DigitsColumn digits:
            {
                var length = digits.Length(row);
                if (length == 0) return false;
                value = unchecked((long)DigitsColumn.Key(digits.Value(row), length));
                return true;
            }
            case CodeColumn code:
            {
                value = code.Id(row);
                return value >= 0;
            }
            default:
                return false;
        }
    }
}
