using SachSong.App.Files;
using SachSong.Core.Indicators;
using SachSong.Core.Text;
using SachSong.Core.Units;

namespace SachSong.App.Indicators;

/// <summary>
/// Reads a figures file (.csv or .xlsx/.xls) with the columns <c>unit,data_element,period,value</c> and checks every row:
/// the unit (a code or a name as people type it), the data element, the period, the value (a whole number, not negative)
/// and, per unit and period, that no part is above its whole. The header may sit below title rows; Vietnamese headers
/// (đơn vị, chỉ tiêu, kỳ, giá trị) are understood too.
/// </summary>
public static class FiguresFile
{
    /// <summary>A checked row: the figure with its unit's catalogue version, and the file row it came from.</summary>
    public sealed record Row(string CatalogVersion, Figure Figure, string? Sheet, int Number);

    /// <summary>The rows read and every problem found (the file is usable only when there is none).</summary>
    public sealed record Result(string FileName, IReadOnlyList<Row> Rows, IReadOnlyList<RowProblem> Problems);

    private static readonly string[][] Headers =
    [
        ["unit", "unit_code", "đơn vị", "don vi", "mã đơn vị", "ma don vi"],
        ["data_element", "element", "chỉ tiêu", "chi tieu", "mã chỉ tiêu", "ma chi tieu", "phần tử dữ liệu"],
        ["period", "kỳ", "ky", "kỳ báo cáo", "ky bao cao"],
        ["value", "giá trị", "gia tri", "số liệu", "so lieu"],
    ];

    private static readonly string[] ColumnNames = ["unit", "data_element", "period", "value"];

    /// <summary>Reads and checks the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="units">Units to resolve against.</param>
    /// <param name="catalogue">Known data elements.</param>
    /// <param name="stored">Given the rows read, loads what is already stored and answers its values by (version, unit, period), so that a part reported now is checked against a whole reported before.</param>
    public static Result Read(string path, UnitDirectory units, IndicatorCatalogue catalogue,
        Func<IReadOnlyList<Row>, Func<string, string, Period, IReadOnlyDictionary<string, long>>>? stored = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(catalogue);
        var file = Path.GetFileName(path);
        var problems = new List<RowProblem>();
        var rows = new List<Row>();
        IReadOnlyList<TabularRow> all;
        try
        {
            all = TabularFile.ReadRows(path).ToList();
        }
        catch (TabularFileException e)
        {
            return new Result(file, [], [new RowProblem(file, null, 0, "", e.Message)]);
        }

        int[]? columns = null;
        string? headerSheet = null;
        var seen = new Dictionary<(string, string, string, Period), int>();
        var resolved = new Dictionary<(string Text, DateOnly On), UnitResolution>();
        foreach (var row in all)
        {
            if (row.IsBlank) continue;
            if (columns is null || row.Sheet != headerSheet)
            {
                var found = FindHeader(row.Cells);
                if (found is not null)
                {
                    columns = found;
                    headerSheet = row.Sheet;
                    continue;
                }
                if (columns is null || row.Sheet != headerSheet)
                {
                    continue; // title rows above the header
                }
            }
            string Cell(int c) => VietnameseText.Clean(columns[c] < row.Cells.Count ? row.Cells[columns[c]] : null);
            void Problem(int c, string message) => problems.Add(new RowProblem(file, row.Sheet, row.Number, ColumnNames[c], message));

            var unitText = Cell(0);
            var elementText = Cell(1);
            var periodText = Cell(2);
            var valueText = Cell(3);
            var ok = true;

            var period = Period.Parse(periodText);
            if (!period.Success)
            {
                Problem(2, periodText.Length == 0 ? "Thiếu kỳ báo cáo" : period.Error!);
                ok = false;
            }
            var on = period.Success ? period.Value.End : DateOnly.MaxValue;
            AdministrativeUnit? unit = null;
            if (unitText.Length == 0)
            {
                Problem(0, "Thiếu đơn vị");
                ok = false;
            }
            else
            {
                if (!resolved.TryGetValue((unitText, on), out var r)) resolved[(unitText, on)] = r = units.Resolve(unitText, on);
                if (r is UnitResolution.Found f) unit = f.Unit;
                else
                {
                    Problem(0, r.ToString()!);
                    ok = false;
                }
            }
            var element = catalogue.FindElement(elementText);
            if (element is null)
            {
                Problem(1, elementText.Length == 0 ? "Thiếu mã chỉ tiêu (data_element)" : $"Không có chỉ tiêu dữ liệu '{elementText}'");
                ok = false;
            }
            var value = FigureValue.Parse(valueText);
            if (!value.Success)
            {
                Problem(3, value.Error!);
                ok = false;
            }
            if (!ok) continue;

            var key = (unit!.Version, unit.Code, element!.Code, period.Value);
            if (seen.TryGetValue(key, out var firstRow))
            {
                Problem(3, $"Trùng với dòng {firstRow}: cùng đơn vị, chỉ tiêu và kỳ");
                continue;
            }
            seen[key] = row.Number;
            rows.Add(new Row(unit.Version, new Figure(unit.Code, element.Code, period.Value, value.Value), row.Sheet, row.Number));
        }
        if (columns is null)
            return new Result(file, [], [new RowProblem(file, null, 1, "", "Không thấy dòng tiêu đề với các cột unit, data_element, period, value")]);

        // A part above its whole, per unit and period, with what is already stored underneath.
        var storedValues = stored?.Invoke(rows);
        foreach (var group in rows.GroupBy(r => (r.CatalogVersion, r.Figure.UnitCode, r.Figure.Period)))
        {
            var values = new Dictionary<string, long>(StringComparer.Ordinal);
            if (storedValues is not null)
                foreach (var (k, v) in storedValues(group.Key.CatalogVersion, group.Key.UnitCode, group.Key.Period)) values[k] = v;
            foreach (var r in group) values[r.Figure.ElementCode] = r.Figure.Value;
            foreach (var violation in catalogue.CheckPartOf(values))
            {
                var at = group.FirstOrDefault(r => r.Figure.ElementCode == violation.Part.Code)
                    ?? group.FirstOrDefault(r => r.Figure.ElementCode == violation.Whole.Code) ?? group.First();
                problems.Add(new RowProblem(file, at.Sheet, at.Number, "value", violation.Message.Vietnamese));
            }
        }
        // In reading order: sheet by sheet, row by row, and within a row column by column (a stable sort, unlike List.Sort).
        var sheets = all.Select(r => r.Sheet ?? "").Distinct(StringComparer.Ordinal).Select((s, i) => (s, i))
            .ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        var ordered = problems.OrderBy(p => sheets.GetValueOrDefault(p.Sheet ?? "")).ThenBy(p => p.Row)
            .ThenBy(p => Array.IndexOf(ColumnNames, p.Column)).ToList();
        return new Result(file, rows, ordered);
    }

    private static int[]? FindHeader(IReadOnlyList<string?> cells)
    {
        var columns = new int[Headers.Length];
        for (var c = 0; c < Headers.Length; c++)
        {
            columns[c] = -1;
            for (var i = 0; i < cells.Count && columns[c] < 0; i++)
            {
                var text = VietnameseText.Clean(cells[i]).ToLowerInvariant();
                if (Headers[c].Any(h => string.Equals(VietnameseText.MatchKey(h), VietnameseText.MatchKey(text), StringComparison.Ordinal))) columns[c] = i;
            }
            if (columns[c] < 0) return null;
        }
        return columns;
    }
}
