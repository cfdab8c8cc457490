using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SachSong.App.Tests.Lists.Reading;

/// <summary>One worksheet of an <see cref="XlsxBook"/>: rows numbered from 1 in the order added, and merged ranges ("C5:D5").</summary>
internal sealed class XlsxSheet(string name)
{
    private readonly List<(uint Number, object?[] Cells)> _rows = [];
    private readonly List<string> _merges = [];
    private uint _next = 1;

    public string Name { get; } = name;

    public XlsxSheet Row(params object?[] cells)
    {
        _rows.Add((_next++, cells));
        return this;
    }

    public XlsxSheet Rows(IEnumerable<object?[]> rows)
    {
        foreach (var r in rows) Row(r);
        return this;
    }

    /// <summary>A row with no cells at all (not even empty ones).</summary>
    public XlsxSheet Blank()
    {
        _next++;
        return this;
    }

    public XlsxSheet Merge(string range)
    {
        _merges.Add(range);
        return this;
    }

    public Worksheet ToWorksheet()
    {
        var data = new SheetData();
        foreach (var (number, cells) in _rows)
        {
            var row = new Row { RowIndex = number };
            for (var c = 0; c < cells.Length; c++)
            {
                var reference = ColumnName(c) + number.ToString(CultureInfo.InvariantCulture);
                row.Append(cells[c] switch
                {
                    null => new Cell { CellReference = reference },
                    double d => Number(reference, d),
                    int i => Number(reference, i),
                    DateOnly date => new Cell
                    {
                        CellReference = reference,
                        CellValue = new CellValue((date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture)),
                        StyleIndex = 1,
                    },
                    var v => new Cell
                    {
                        CellReference = reference,
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(Convert.ToString(v, CultureInfo.InvariantCulture)!) { Space = SpaceProcessingModeValues.Preserve }),
                    },
                });
            }
            data.Append(row);
        }
        var worksheet = new Worksheet(data);
        if (_merges.Count > 0) worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })));
        return worksheet;
    }

    private static Cell Number(string reference, double value) =>
        new() { CellReference = reference, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number };

    private static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + ((i - 1) % 26)) + name;
        return name;
    }
}
