using System.Text;
using SachSong.Core.Text;

namespace SachSong.Core.Lists;

/// <summary>
/// Reads the rows under a sheet's header with a <see cref="ColumnMapping"/> and accounts for every one of them: a person
/// (<see cref="ListRow"/>), a rejected row (no name and no ID, text still in a legacy encoding, a birth date under both
/// Nam and Nữ), a skipped row (total, section heading, repeated header, signature block) or a blank row.
/// </summary>
/// <remarks>
/// A section heading that names a village ("Thôn An Điềm", "2. Tổ dân phố 3") sets the village of the rows below it
/// that have none of their own, until the next such heading; one that names a commune ("Xã Bình Long") sets the
/// commune and clears the village. Once the signature block starts ("Người lập biểu", "TM. UBND xã", "…, ngày 12 tháng
/// 3 năm 2025"), the rest of the sheet is skipped with it, unless the header appears again. Each cell is also passed
/// through <see cref="LegacyText.Repair"/>, so a stray cell typed in TCVN3 or VNI in a Unicode sheet is converted, and
/// one that cannot be converted rejects its row rather than reaching the list as mojibake.
/// </remarks>
public static class ListSheetReader
{
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="mapping"/> does not <see cref="ColumnMapping.Validate">validate</see>.</exception>
    public static ListSheetRows Read(string fileName, SheetGrid sheet, ColumnMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(mapping);
        var valid = mapping.Validate();
        if (!valid.Success) throw new ArgumentException(valid.Error, nameof(mapping));
        return new SheetReading(fileName, sheet, mapping).Run();
    }

    /// <summary>The letters of a 0-based column index, as the spreadsheet names it (0 → A, 27 → AB).</summary>
    public static string ColumnLetters(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var sb = new StringBuilder();
        for (var i = index + 1; i > 0; i = (i - 1) / 26) sb.Insert(0, (char)('A' + ((i - 1) % 26)));
        return sb.ToString();
    }

    private sealed class SheetReading(string fileName, SheetGrid sheet, ColumnMapping mapping)
    {
        private readonly Dictionary<ListColumn, MappedColumn[]> _byField = mapping.Columns
            .Where(c => c.Column != ListColumn.Other)
            .GroupBy(c => c.Column)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Index).ToArray());
        private readonly List<ListRow> _rows = [];
        private readonly List<RowProblem> _rejected = [];
        private readonly List<SkippedRow> _skipped = [];
        private string? _village;
        private string? _commune;
        private bool _footer;

        public ListSheetRows Run()
        {
            var headerStart = mapping.HeaderRows[0];
            var titles = sheet.Rows.Where(r => r.Number < headerStart && !r.IsBlank).Select(r => JoinCells(r.Cells)).ToList();
            var data = sheet.Rows.Where(r => r.Number >= mapping.DataStartRow && !r.IsBlank).ToList();
            var blank = data.Count == 0 ? 0 : data[^1].Number - mapping.DataStartRow + 1 - data.Count;
            foreach (var row in data) ReadRow(row);
            return new ListSheetRows(_rows, _rejected, _skipped, blank, titles, CommuneHint(titles));
        }

        private void ReadRow(SheetRow raw)
        {
            var failures = new Dictionary<int, string>();
            var cells = new string?[raw.Cells.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = raw.Cells[i];
                if (string.IsNullOrEmpty(cell))
                {
                    cells[i] = cell;
                    continue;
                }
                var repaired = LegacyText.Repair(cell);
                cells[i] = repaired.Success ? repaired.Value : cell;
                if (!repaired.Success) failures[i] = repaired.Error!;
            }
            var row = new Row(raw.Number, cells);

            if (IsRepeatedHeader(row))
            {
                _footer = false;
                Skip(row, SkipReason.RepeatedHeader, $"dòng tiêu đề lặp lại '{Shorten(JoinCells(cells))}'");
                return;
            }
            if (_footer)
            {
                Skip(row, SkipReason.Footer, $"phần ký tên cuối danh sách '{Shorten(JoinCells(cells))}'");
                return;
            }

            // Person data, for telling people from totals, headings and signatures: a number in an ID column, a birth
            // date or a sex that is not the date line of a signature block sitting in that column.
            var hasId = Any(row, ListColumn.PersonalId, IdLike) || Any(row, ListColumn.LegacyId, IdLike);
            var hasDate = Any(row, ListColumn.BirthDate, NotFooter) || Any(row, ListColumn.BirthYear, NotFooter);
            var name = Join(row, ListColumn.FullName, " ");

            if (!hasId && TotalText(row) is { } total)
            {
                Skip(row, SkipReason.Total, $"dòng tổng cộng '{Shorten(total)}'");
                return;
            }
            if (!hasId && !hasDate && (name.Length == 0 || RowText.IsFooter(name)) && cells.Any(RowText.IsFooter))
            {
                _footer = true;
                Skip(row, SkipReason.Footer, $"phần ký tên cuối danh sách '{Shorten(JoinCells(cells))}'");
                return;
            }
            if (!hasId && !hasDate && !Any(row, ListColumn.Sex, NotFooter) && IsSubHeading(row, name)) return;

            var legacy = failures.Count == 0 ? null
                : _byField.Values.SelectMany(c => c).OrderBy(c => c.Index).FirstOrDefault(c => failures.ContainsKey(c.Index));
            if (legacy is not null)
            {
                Reject(row, legacy.Index, failures[legacy.Index]);
                return;
            }
            if (name.Length == 0 && !Any(row, ListColumn.PersonalId) && !Any(row, ListColumn.LegacyId))
            {
                var column = First(ListColumn.FullName) ?? First(ListColumn.PersonalId) ?? First(ListColumn.LegacyId)!;
                Reject(row, column.Index, "Dòng không có họ tên và không có số định danh");
                return;
            }
            var values = Values(row, out var conflict);
            if (conflict is not null)
            {
                Reject(row, conflict.Value.Index, conflict.Value.Message);
                return;
            }
            _rows.Add(new ListRow(sheet.Name, row.Number, values, cells));
        }

        private Dictionary<ListColumn, string> Values(Row row, out (int Index, string Message)? conflict)
        {
            conflict = null;
            var values = new Dictionary<ListColumn, string>();
            ListColumn[] plain =
            [
                ListColumn.RowNumber, ListColumn.PersonalId, ListColumn.LegacyId, ListColumn.FullName, ListColumn.Sex,
                ListColumn.Residence, ListColumn.Village, ListColumn.Commune, ListColumn.CommuneCode, ListColumn.Note,
            ];
            string? impliedSex = null;
            foreach (var field in plain)
            {
                if (!_byField.TryGetValue(field, out var columns)) continue;
                var separator = field switch { ListColumn.FullName => " ", ListColumn.Residence => ", ", ListColumn.Note => "; ", _ => null };
                var whole = Texts(row, columns.Where(c => c.Part is not (ColumnPart.Male or ColumnPart.Female)));
                var split = Split(row, columns, ref impliedSex, ref conflict);
                var texts = split is null ? whole : [.. whole, split];
                if (texts.Count == 0) continue;
                values[field] = separator is null ? texts[0] : string.Join(separator, texts.Distinct(StringComparer.Ordinal));
            }

            var (date, year) = BirthTexts(row, ref impliedSex, ref conflict);
            if (year.Length > 0) values[ListColumn.BirthYear] = year;
            var birth = date.Length == 0 || year.Length == 0 || HasYear(date) ? (date.Length == 0 ? year : date)
                : IsDayMonth(date) ? date + "/" + year
                : year;
            if (birth.Length > 0) values[ListColumn.BirthDate] = birth;

            if (!values.ContainsKey(ListColumn.Sex) && impliedSex is not null) values[ListColumn.Sex] = impliedSex;
            if (!values.ContainsKey(ListColumn.Village) && _village is not null) values[ListColumn.Village] = _village;
            if (!values.ContainsKey(ListColumn.Commune) && _commune is not null) values[ListColumn.Commune] = _commune;
            return values;
        }

        private (string Date, string Year) BirthTexts(Row row, ref string? impliedSex, ref (int, string)? conflict)
        {
            var dateColumns = _byField.GetValueOrDefault(ListColumn.BirthDate) ?? [];
            var yearColumns = _byField.GetValueOrDefault(ListColumn.BirthYear) ?? [];
            var date = Texts(row, dateColumns.Where(c => c.Part == ColumnPart.Whole)).FirstOrDefault()
                ?? Split(row, dateColumns, ref impliedSex, ref conflict)
                ?? FromParts(row, dateColumns)
                ?? "";
            var year = Texts(row, yearColumns.Where(c => c.Part is ColumnPart.Whole or ColumnPart.Year)).FirstOrDefault()
                ?? Split(row, yearColumns, ref impliedSex, ref conflict)
                ?? "";
            return (date, year);
        }

        // "Ngày" | "Tháng" | "Năm" under "Ngày tháng năm sinh": d/m/y, m/y or y from what is filled in.
        private static string? FromParts(Row row, MappedColumn[] columns)
        {
            string Part(ColumnPart part) => Texts(row, columns.Where(c => c.Part == part)).FirstOrDefault() ?? "";
            var (d, m, y) = (Part(ColumnPart.Day), Part(ColumnPart.Month), Part(ColumnPart.Year));
            var parts = new[] { d, m, y }.Where(p => p.Length > 0).ToArray();
            return parts.Length == 0 ? null : string.Join('/', parts);
        }

        // The value of a field written under "Nam" for men and "Nữ" for women; the column gives the sex.
        private string? Split(Row row, MappedColumn[] columns, ref string? impliedSex, ref (int, string)? conflict)
        {
            var male = columns.Where(c => c.Part == ColumnPart.Male).FirstOrDefault(c => row.Text(c.Index).Length > 0);
            var female = columns.Where(c => c.Part == ColumnPart.Female).FirstOrDefault(c => row.Text(c.Index).Length > 0);
            if (male is null && female is null) return null;
            if (male is not null && female is not null)
            {
                conflict ??= (female.Index, $"Ghi ở cả cột '{Header(male.Index)}' và cột '{Header(female.Index)}': không biết là nam hay nữ");
                return null;
            }
            var filled = male ?? female!;
            var sex = male is not null ? "Nam" : "Nữ";
            impliedSex ??= sex;
            if (filled.Column == ListColumn.Sex) return sex;
            // A cell only marked "x" under Nam or Nữ gives the sex; any other text is the value itself.
            var text = row.Text(filled.Index);
            return IsMark(text) ? null : text;
        }

        private static bool IsMark(string text) => text.Length <= 2 && !text.Any(char.IsAsciiDigit);

        private static bool IsDayMonth(string date)
        {
            var parts = date.Split('/', '-', '.');
            return parts.Length == 2 && parts.All(p => p.Trim().Length is 1 or 2 && p.Trim().All(char.IsAsciiDigit));
        }

        private static bool HasYear(string date)
        {
            var run = 0;
            foreach (var c in date)
            {
                run = char.IsAsciiDigit(c) ? run + 1 : 0;
                if (run >= 4) return true;
            }
            return false;
        }

        private bool IsRepeatedHeader(Row row)
        {
            // Every text a header we know (a person's row has a name or a number that is not), or the numbering row.
            var filled = 0;
            var allKnown = true;
            for (var i = 0; i < row.Cells.Count && allKnown; i++)
            {
                var text = row.Text(i);
                if (text.Length == 0) continue;
                filled++;
                allKnown = !RowText.IsDataLike(text)
                    && (ListHeaderText.IsSexWord(text, out _) || ListHeaderText.IsDatePartWord(text, out _) || ListHeaderText.Classify(text) != ListColumn.Other);
            }
            return (allKnown && filled >= 2) || RowText.IsNumberingRow(row.Cells, Math.Min(3, _byField.Count));
        }

        private string? TotalText(Row row)
        {
            var candidates = (_byField.GetValueOrDefault(ListColumn.RowNumber) ?? [])
                .Concat(_byField.GetValueOrDefault(ListColumn.FullName) ?? [])
                .Select(c => c.Index)
                .Append(Enumerable.Range(0, row.Cells.Count).FirstOrDefault(i => row.Text(i).Length > 0));
            foreach (var i in candidates)
                if (RowText.IsTotal(row.Text(i))) return row.Text(i);
            return null;
        }

        // A row with at most two texts and no person data: a section heading, unless it is a name alone in the name column.
        private bool IsSubHeading(Row row, string name)
        {
            var texts = Enumerable.Range(0, row.Cells.Count).Select(row.Text).Where(t => t.Length > 0).ToList();
            if (texts.Count is 0 or > 2) return false;
            var outline = false;
            if (texts.Count == 2 && (RowText.IsOutlineMark(texts[0]) || texts[0].All(char.IsAsciiDigit)))
            {
                outline = RowText.IsOutlineMark(texts[0]);
                texts.RemoveAt(0);
            }
            var text = RowText.StripEnumerator(string.Join(' ', texts), out var enumerated);
            outline |= enumerated;
            if (text.Length == 0) text = string.Join(' ', texts);
            if (RowText.NamesVillage(text))
            {
                _village = text;
                Skip(row, SkipReason.SubHeading, $"dòng tiêu đề mục '{Shorten(text)}'; các dòng bên dưới thuộc {Shorten(text)}");
                return true;
            }
            if (RowText.NamesCommune(text))
            {
                _commune = text;
                _village = null;
                Skip(row, SkipReason.SubHeading, $"dòng tiêu đề mục '{Shorten(text)}'; các dòng bên dưới thuộc {Shorten(text)}");
                return true;
            }
            if (!outline && name.Length > 0) return false;
            Skip(row, SkipReason.SubHeading, $"dòng tiêu đề mục '{Shorten(text)}'");
            return true;
        }

        private string? CommuneHint(IReadOnlyList<string> titles)
        {
            foreach (var title in titles)
            {
                var text = title;
                foreach (var prefix in new[] { "ubnd ", "ủy ban nhân dân ", "uỷ ban nhân dân " })
                {
                    if (VietnameseText.MatchKey(text).StartsWith(VietnameseText.MatchKey(prefix) + " ", StringComparison.Ordinal))
                        text = text[prefix.Length..].Trim();
                }
                var cut = text.IndexOfAny([',', ';', '(']);
                if (cut > 0) text = text[..cut].Trim();
                if (RowText.NamesCommune(text)) return text;
            }
            return sheet.Name is { } name && RowText.NamesCommune(VietnameseText.Clean(name)) ? VietnameseText.Clean(name) : null;
        }

        private MappedColumn? First(ListColumn field) => _byField.TryGetValue(field, out var c) ? c[0] : null;

        private bool Any(Row row, ListColumn field, Func<string, bool>? accept = null) =>
            _byField.TryGetValue(field, out var columns)
            && columns.Any(c => row.Text(c.Index) is { Length: > 0 } text && (accept is null || accept(text)));

        private static bool IdLike(string text) => text.Count(char.IsAsciiDigit) >= 6 && !RowText.IsFooter(text);

        private static bool NotFooter(string text) => !RowText.IsFooter(text);

        private string Join(Row row, ListColumn field, string separator) =>
            _byField.TryGetValue(field, out var columns) ? string.Join(separator, Texts(row, columns)) : "";

        private static List<string> Texts(Row row, IEnumerable<MappedColumn> columns) =>
            columns.Select(c => row.Text(c.Index)).Where(t => t.Length > 0).ToList();

        private string Header(int index)
        {
            var header = mapping.Columns.FirstOrDefault(c => c.Index == index)?.Header;
            return string.IsNullOrWhiteSpace(header) ? ColumnLetters(index) : header;
        }

        private void Reject(Row row, int column, string message) =>
            _rejected.Add(new RowProblem(fileName, sheet.Name, row.Number, Header(column), message));

        private void Skip(Row row, SkipReason reason, string message) =>
            _skipped.Add(new SkippedRow(fileName, sheet.Name, row.Number, reason, message));

        private static string JoinCells(IReadOnlyList<string?> cells) =>
            string.Join(' ', cells.Select(VietnameseText.Clean).Where(t => t.Length > 0));

        private static string Shorten(string text) => text.Length <= 60 ? text : text[..59] + "…";
    }

    private sealed class Row(int number, IReadOnlyList<string?> cells)
    {
        private readonly string?[] _clean = new string?[cells.Count];

        public int Number { get; } = number;
        public IReadOnlyList<string?> Cells { get; } = cells;

        public string Text(int index)
        {
            if (index < 0 || index >= Cells.Count) return "";
            return _clean[index] ??= VietnameseText.Clean(Cells[index]);
        }
    }
}
