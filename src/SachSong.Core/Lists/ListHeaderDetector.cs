using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SachSong.Core.Text;

namespace SachSong.Core.Lists;

/// <summary>
/// Finds the header of a list in a worksheet and proposes what each column holds. The header may sit under title rows,
/// span two lines with merged cells (a field over sub-columns such as "Ngày tháng năm sinh" over "Nam" | "Nữ"), and be
/// followed by a numbering row "(1) (2) (3)…", which is skipped.
/// </summary>
public static class ListHeaderDetector
{
    /// <summary>How many non-blank rows from the top are searched for the header.</summary>
    public const int RowsSearched = 60;

    /// <summary>
    /// The best header among the first <see cref="RowsSearched"/> non-blank rows: the row, or pair of adjacent rows,
    /// whose headers name the most distinct fields, at least two of them including one that identifies people
    /// (họ và tên, số định danh or số CMND); the earliest such row wins a tie. Fails with a Vietnamese message.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="sheet"/> is null.</exception>
    public static ParseResult<ColumnMapping> Detect(SheetGrid sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var rows = sheet.Rows.Where(r => !r.IsBlank).Take(RowsSearched).ToList();
        if (rows.Count == 0) return ParseResult<ColumnMapping>.Fail("Trang trống");

        Band? best = null;
        for (var i = 0; i < rows.Count; i++)
        {
            Consider(Describe(sheet, rows[i], null), ref best);
            // A second header line counts only when the pair names more than the second line alone: a title above
            // the header is not its parent.
            if (i + 1 < rows.Count && IsSubHeader(sheet, rows[i], rows[i + 1])
                && Score(Describe(sheet, rows[i], rows[i + 1])) > Score(Describe(sheet, rows[i + 1], null)))
            {
                Consider(Describe(sheet, rows[i], rows[i + 1]), ref best);
            }
        }
        if (best is null)
        {
            return ParseResult<ColumnMapping>.Fail(
                "Không tìm thấy dòng tiêu đề: cần một dòng có ít nhất hai cột nhận ra được, trong đó có cột Họ và tên hoặc Số định danh/CCCD/CMND");
        }
        return ParseResult<ColumnMapping>.Ok(ToMapping(sheet, best));
    }

    /// <summary>
    /// The mapping proposed for a header the user points at (one row, or two for a header with sub-columns), for a
    /// sheet whose header was not found or was found in the wrong place. Fails when a row does not exist or is blank.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ParseResult<ColumnMapping> MapAt(SheetGrid sheet, IReadOnlyList<int> headerRows)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(headerRows);
        var band = BandAt(sheet, headerRows, out var error);
        return band is null ? ParseResult<ColumnMapping>.Fail(error!) : ParseResult<ColumnMapping>.Ok(ToMapping(sheet, band));
    }

    /// <summary>
    /// The template signature of the header at <paramref name="headerRows"/>, or null when there is no such header:
    /// a hash of the number of header rows and of each column's index and normalised header text (case, diacritics,
    /// spacing and markers such as "(*)" ignored). Title rows and data do not enter it, so every commune's copy of a
    /// template has the same signature, whatever its title says and whichever encoding it was typed in.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string? SignatureAt(SheetGrid sheet, IReadOnlyList<int> headerRows)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(headerRows);
        var band = BandAt(sheet, headerRows, out _);
        return band is null ? null : Signature(band);
    }

    /// <summary>
    /// The mapping to read <paramref name="sheet"/> with: a saved mapping whose signature matches the detected header
    /// (moved to where the header is in this sheet) or the header at the saved mapping's own rows; else the detected one.
    /// Saved mappings that do not <see cref="ColumnMapping.Validate">validate</see> are ignored.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ParseResult<SheetMapping> Resolve(SheetGrid sheet, IReadOnlyCollection<ColumnMapping> saved)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(saved);
        var detected = Detect(sheet);
        foreach (var mapping in saved)
        {
            if (!mapping.Validate().Success) continue;
            if (detected.Success && string.Equals(detected.Value.Signature, mapping.Signature, StringComparison.Ordinal))
            {
                var shift = detected.Value.HeaderRows[0] - mapping.HeaderRows[0];
                var moved = mapping with
                {
                    HeaderRows = mapping.HeaderRows.Select(r => r + shift).ToArray(),
                    DataStartRow = mapping.DataStartRow + shift,
                };
                return ParseResult<SheetMapping>.Ok(new SheetMapping(moved, MappingSource.Saved, detected.Value));
            }
            if (string.Equals(SignatureAt(sheet, mapping.HeaderRows), mapping.Signature, StringComparison.Ordinal))
                return ParseResult<SheetMapping>.Ok(new SheetMapping(mapping, MappingSource.Saved, detected.Success ? detected.Value : null));
        }
        return detected.Success
            ? ParseResult<SheetMapping>.Ok(new SheetMapping(detected.Value, MappingSource.Detected, detected.Value))
            : ParseResult<SheetMapping>.Fail(detected.Error!);
    }

    // Distinct fields named, or 0 when fewer than two or none that identifies people.
    private static int Score(Band band)
    {
        var fields = band.Columns.Where(c => c.Column != ListColumn.Other).Select(c => c.Column).Distinct().ToList();
        var identifies = fields.Contains(ListColumn.FullName) || fields.Contains(ListColumn.PersonalId) || fields.Contains(ListColumn.LegacyId);
        return identifies && fields.Count >= 2 ? fields.Count : 0;
    }

    private static void Consider(Band band, ref Band? best)
    {
        band.Score = Score(band);
        if (band.Score == 0) return;
        // Higher score wins; on a tie the earlier header wins, and at the same row a two-line header beats one line
        // (the sub-header row may add only parts such as Nam | Nữ, not new fields).
        if (best is null || band.Score > best.Score
            || (band.Score == best.Score && band.Parent.Number == best.Parent.Number && band.Child is not null && best.Child is null))
        {
            best = band;
        }
    }

    private static Band? BandAt(SheetGrid sheet, IReadOnlyList<int> headerRows, out string? error)
    {
        error = null;
        if (headerRows.Count is < 1 or > 2)
        {
            error = "Tiêu đề phải gồm một hoặc hai dòng";
            return null;
        }
        var parent = sheet.Rows.FirstOrDefault(r => r.Number == headerRows[0]);
        if (parent is null || parent.IsBlank)
        {
            error = $"Dòng {headerRows[0]} trống hoặc không có";
            return null;
        }
        if (headerRows.Count == 1) return Describe(sheet, parent, null);
        var child = sheet.Rows.FirstOrDefault(r => r.Number == headerRows[1]);
        if (child is null || headerRows[1] != headerRows[0] + 1)
        {
            error = $"Dòng tiêu đề thứ hai phải là dòng {headerRows[0] + 1}";
            return null;
        }
        return Describe(sheet, parent, child);
    }

    private static ColumnMapping ToMapping(SheetGrid sheet, Band band)
    {
        var last = (band.Child ?? band.Parent).Number;
        var dataStart = last + 1;
        var next = sheet.Rows.FirstOrDefault(r => r.Number == last + 1);
        var headerColumns = band.Columns.Count(c => c.Column != ListColumn.Other);
        if (next is not null && RowText.IsNumberingRow(next.Cells, Math.Min(3, headerColumns))) dataStart++;
        return new ColumnMapping
        {
            Signature = Signature(band),
            HeaderRows = band.Child is null ? [band.Parent.Number] : [band.Parent.Number, band.Child.Number],
            DataStartRow = dataStart,
            Columns = band.Columns,
        };
    }

    private static string Signature(Band band)
    {
        var text = new StringBuilder();
        text.Append(band.Child is null ? '1' : '2');
        foreach (var c in band.Columns)
            text.Append('|').Append(c.Index.ToString(CultureInfo.InvariantCulture)).Append(':').Append(ListHeaderText.Key(c.Header));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return "L1-" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    // A second header row under the first: adjacent, no data in it, and each of its texts either a header we know
    // (Nam, Nữ, Ngày, Tháng, Năm, Họ tên, Thôn…) or under a parent that spans several columns.
    private static bool IsSubHeader(SheetGrid sheet, SheetRow parent, SheetRow child)
    {
        if (child.Number != parent.Number + 1) return false;
        if (parent.Cells.Count(c => !string.IsNullOrWhiteSpace(c)) < 2) return false; // a title, not a group of headers
        if (RowText.IsNumberingRow(child.Cells, 2)) return false;
        var known = 0;
        for (var c = 0; c < child.Cells.Count; c++)
        {
            var text = child.Cells[c];
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (RowText.IsDataLike(text)) return false;
            if (IsKnownSubHeader(text))
            {
                known++;
                continue;
            }
            if (!HasParentGroup(sheet, parent, child, c)) return false;
        }
        return known > 0 || Enumerable.Range(0, child.Cells.Count).Any(c => !string.IsNullOrWhiteSpace(child.Cells[c]) && IsMergedAcross(sheet, parent, c));
    }

    private static bool IsKnownSubHeader(string text) =>
        ListHeaderText.Classify(text) != ListColumn.Other || ListHeaderText.IsSexWord(text, out _) || ListHeaderText.IsDatePartWord(text, out _);

    private static bool HasParentGroup(SheetGrid sheet, SheetRow parent, SheetRow child, int column) =>
        IsMergedAcross(sheet, parent, column) || ParentByPosition(sheet, parent, child, column) is not null;

    private static bool IsMergedAcross(SheetGrid sheet, SheetRow parent, int column) =>
        sheet.MergeAt(parent.Number, column) is { } m && m.LastColumn > m.FirstColumn;

    // The headers of each column, read from one row or from a parent row and the sub-header row under it.
    private static Band Describe(SheetGrid sheet, SheetRow parent, SheetRow? child)
    {
        var width = Math.Max(parent.Cells.Count, child?.Cells.Count ?? 0);
        var dateSplit = child is not null && child.Cells.Any(c => ListHeaderText.IsDatePartWord(c, out var p) && p is ColumnPart.Day or ColumnPart.Month);
        var columns = new List<MappedColumn>();
        for (var c = 0; c < width; c++)
        {
            var own = VietnameseText.Clean(parent.Cell(c));
            var sub = child is null ? "" : VietnameseText.Clean(child.Cell(c));
            var parentText = own.Length > 0 ? own : child is null ? "" : VietnameseText.Clean(ParentOf(sheet, parent, child, c));
            if (own.Length == 0 && sub.Length == 0) continue;
            if (parentText.Length == 0 && sub.Length == 0) continue;
            var header = parentText.Length == 0 ? sub : sub.Length == 0 ? parentText : parentText + " / " + sub;
            var (column, part) = Classify(parentText, sub, dateSplit);
            columns.Add(new MappedColumn(c, header, column, part));
        }
        return new Band(parent, child, columns);
    }

    // The parent header over a sub-header cell whose own parent cell is empty: the text of a merged range covering it,
    // or, without merges (CSV, or cells left unmerged), the nearest header to the left that has sub-headers under it.
    private static string? ParentOf(SheetGrid sheet, SheetRow parent, SheetRow child, int column)
    {
        if (sheet.MergeAt(parent.Number, column) is { } m)
        {
            if (m.FirstColumn == column && m.FirstRow == parent.Number) return null;
            var top = sheet.Rows.FirstOrDefault(r => r.Number == m.FirstRow);
            return top?.Cell(m.FirstColumn);
        }
        return ParentByPosition(sheet, parent, child, column);
    }

    private static string? ParentByPosition(SheetGrid sheet, SheetRow parent, SheetRow child, int column)
    {
        if (!string.IsNullOrWhiteSpace(parent.Cell(column)) || string.IsNullOrWhiteSpace(child.Cell(column))) return null;
        for (var k = column - 1; k >= 0; k--)
        {
            if (string.IsNullOrWhiteSpace(child.Cell(k))) return null;
            if (sheet.MergeAt(parent.Number, k) is not null && string.IsNullOrWhiteSpace(parent.Cell(k))) return null;
            if (!string.IsNullOrWhiteSpace(parent.Cell(k))) return parent.Cell(k);
        }
        return null;
    }

    private static (ListColumn Column, ColumnPart Part) Classify(string parent, string sub, bool dateSplit)
    {
        if (parent.Length == 0 || sub.Length == 0)
        {
            var only = parent.Length == 0 ? sub : parent;
            return ListHeaderText.IsSexWord(only, out var sex) ? (ListColumn.Sex, sex) : (ListHeaderText.Classify(only), ColumnPart.Whole);
        }
        var parentColumn = ListHeaderText.Classify(parent);
        if (parentColumn is ListColumn.BirthDate or ListColumn.BirthYear)
        {
            if (ListHeaderText.IsDatePartWord(sub, out var datePart)) return (ListColumn.BirthDate, datePart);
            if (dateSplit && ListHeaderText.IsSexWord(sub, out var p) && p == ColumnPart.Male) return (ListColumn.BirthDate, ColumnPart.Year); // "Nam" typed without its breve
        }
        if (ListHeaderText.IsSexWord(sub, out var part))
        {
            return parentColumn is ListColumn.BirthDate or ListColumn.BirthYear or ListColumn.Sex or ListColumn.FullName
                ? (parentColumn, part)
                : (ListColumn.Other, ColumnPart.Whole);
        }
        var subColumn = ListHeaderText.Classify(sub);
        if (subColumn != ListColumn.Other) return (subColumn, ColumnPart.Whole);
        var joined = ListHeaderText.Classify(parent + " " + sub);
        return (joined, ColumnPart.Whole);
    }

    private sealed class Band(SheetRow parent, SheetRow? child, IReadOnlyList<MappedColumn> columns)
    {
        public SheetRow Parent { get; } = parent;
        public SheetRow? Child { get; } = child;
        public IReadOnlyList<MappedColumn> Columns { get; } = columns;
        public int Score { get; set; }
    }
}
