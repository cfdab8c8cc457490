using SachSong.App.Files;
using SachSong.Core.Lists;
using SachSong.Core.Text;

namespace SachSong.App.Lists.Reading;

/// <summary>
/// Reads a list as officials make it (.xlsx, legacy .xls or .csv) into people, with every row accounted for. Each sheet
/// is read on its own: its text is converted from TCVN3/VNI/VISCII/Windows-1258 when a sample of its cells says so,
/// its header is detected (or a saved mapping of the same template is used) and its rows are read with
/// <see cref="ListSheetReader"/>. Sheets without a recognisable header are reported, not ignored.
/// </summary>
public static class ListFileReader
{
    /// <summary>Cells sampled per sheet to decide its encoding, as the register import does.</summary>
    private const int EncodingSampleRows = 2000;

    private static readonly string[] Extensions = [".xlsx", ".xlsm", ".xls", ".csv", ".txt"];

    /// <summary>Reads <paramref name="path"/>, using <paramref name="saved"/> for sheets of its template.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ListFileResult Read(string path, ColumnMapping? saved = null) =>
        Read(path, saved is null ? [] : [saved]);

    /// <summary>
    /// Reads <paramref name="path"/>; a sheet whose header has the signature of one of <paramref name="saved"/> is read
    /// with that mapping instead of the detected one.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ListFileResult Read(string path, IReadOnlyCollection<ColumnMapping> saved)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(saved);
        var fileName = Path.GetFileName(path);
        var loaded = Load(path);
        if (!loaded.Success) return new ListFileResult.Unreadable(loaded.Error!);

        var sheets = new List<ListSheet>();
        var skippedSheets = new List<SkippedSheet>();
        var rows = new List<ListRow>();
        var rejected = new List<RowProblem>();
        var skipped = new List<SkippedRow>();
        var blank = 0;
        foreach (var (grid, encoding) in loaded.Value)
        {
            if (grid.Rows.All(r => r.IsBlank))
            {
                skippedSheets.Add(new SkippedSheet(grid.Name, "trang trống"));
                continue;
            }
            var chosen = ListHeaderDetector.Resolve(grid, saved);
            if (!chosen.Success)
            {
                skippedSheets.Add(new SkippedSheet(grid.Name, chosen.Error!));
                continue;
            }
            var (mapping, source, detected) = chosen.Value;
            var read = ListSheetReader.Read(fileName, grid, mapping);
            sheets.Add(new ListSheet(grid.Name, mapping, source, detected, encoding, read.TitleLines, read.CommuneHint,
                read.Rows.Count, read.Rejected.Count, read.Skipped.Count, read.BlankRows));
            rows.AddRange(read.Rows);
            rejected.AddRange(read.Rejected);
            skipped.AddRange(read.Skipped);
            blank += read.BlankRows;
        }

        if (sheets.Count == 0)
        {
            var reasons = string.Join("; ", skippedSheets);
            return new ListFileResult.NoListFound($"Tệp '{fileName}': không tìm thấy danh sách nào. {reasons}", skippedSheets);
        }
        var fileEncoding = sheets.Select(s => s.Encoding).FirstOrDefault(e => e != LegacyEncoding.Unicode);
        return new ListFileResult.Loaded(new ListFileContent(fileName, sheets, skippedSheets, rows, rejected, skipped, blank, fileEncoding));
    }

    /// <summary>
    /// Every sheet of <paramref name="path"/> as text converted to Unicode, for a UI that lets the user point at the
    /// header of a sheet whose header was not found (see <see cref="ListHeaderDetector.MapAt"/>). Fails with a message
    /// naming the file when it cannot be read.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ParseResult<IReadOnlyList<SheetGrid>> ReadSheets(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var loaded = Load(path);
        return loaded.Success
            ? ParseResult<IReadOnlyList<SheetGrid>>.Ok(loaded.Value.Select(s => s.Grid).ToList())
            : ParseResult<IReadOnlyList<SheetGrid>>.Fail(loaded.Error!);
    }

    private static ParseResult<IReadOnlyList<(SheetGrid Grid, LegacyEncoding Encoding)>> Load(string path)
    {
        var fileName = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!Extensions.Contains(extension, StringComparer.Ordinal))
            return Fail($"Tệp '{fileName}' không phải bảng tính .xlsx, .xls hoặc tệp .csv");
        if (!File.Exists(path)) return Fail($"Không tìm thấy tệp '{fileName}'");

        List<SheetGrid> grids;
        try
        {
            grids = TabularFile.IsSpreadsheet(path) ? ReadWorkbook(path) : [ListCsv.Read(path)];
        }
        catch (TabularFileException e)
        {
            return Fail(e.Message);
        }
        catch (IOException e)
        {
            return Fail($"Không đọc được tệp '{fileName}': {e.Message}");
        }
        if (grids.All(g => g.Rows.All(r => r.IsBlank))) return Fail($"Tệp '{fileName}' trống");
        return ParseResult<IReadOnlyList<(SheetGrid, LegacyEncoding)>>.Ok(grids.Select(ToUnicode).ToList());

        static ParseResult<IReadOnlyList<(SheetGrid, LegacyEncoding)>> Fail(string message) =>
            ParseResult<IReadOnlyList<(SheetGrid, LegacyEncoding)>>.Fail(message);
    }

    private static List<SheetGrid> ReadWorkbook(string path)
    {
        var sheets = TabularFile.ReadMergedCells(path);
        var rows = TabularFile.ReadRows(path)
            .GroupBy(r => r.Sheet ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => new SheetRow(r.Number, r.Cells)).ToList(), StringComparer.Ordinal);
        return sheets
            .Select(s => new SheetGrid(s.Sheet, rows.GetValueOrDefault(s.Sheet) ?? [], s.Merges))
            .ToList();
    }

    // Old files typed in .VnTime (TCVN3) or VNI fonts: decide from a sample of the sheet as a whole, since one cell alone
    // can mislead, then convert every cell (digits and ASCII read the same in every encoding).
    private static (SheetGrid, LegacyEncoding) ToUnicode(SheetGrid grid)
    {
        var encoding = LegacyText.DetectMany(grid.Rows.Take(EncodingSampleRows).SelectMany(r => r.Cells)).Encoding;
        if (encoding == LegacyEncoding.Unicode) return (grid, encoding);
        var rows = grid.Rows
            .Select(r => r with { Cells = r.Cells.Select(c => c is null ? null : LegacyText.ToUnicode(c, encoding)).ToArray() })
            .ToList();
        return (grid with { Rows = rows }, encoding);
    }
}
