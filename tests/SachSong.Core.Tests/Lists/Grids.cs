using SachSong.Core.Lists;

namespace SachSong.Core.Tests.Lists;

/// <summary>Builds sheets for tests: rows numbered from 1, and merged ranges in spreadsheet notation ("C4:D4").</summary>
internal static class Grids
{
    public static SheetGrid Of(string? name, string?[][] rows, params string[] merges) =>
        new(name, rows.Select((cells, i) => new SheetRow(i + 1, cells)).ToList(), merges.Select(Merge).ToList());

    public static SheetGrid Of(string?[][] rows, params string[] merges) => Of("Trang1", rows, merges);

    private static MergedCells Merge(string range)
    {
        var parts = range.Split(':');
        var (c1, r1) = Cell(parts[0]);
        var (c2, r2) = Cell(parts[1]);
        return new MergedCells(r1, r2, c1, c2);
    }

    private static (int Column, int Row) Cell(string reference)
    {
        var letters = new string(reference.TakeWhile(char.IsAsciiLetter).ToArray());
        var column = letters.Aggregate(0, (acc, c) => (acc * 26) + (c - 'A' + 1)) - 1;
        return (column, int.Parse(reference[letters.Length..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
