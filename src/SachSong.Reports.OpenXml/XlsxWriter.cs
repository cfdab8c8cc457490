using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SachSong.Reports.OpenXml;

/// <summary>Writes tables to a new .xlsx workbook: one sheet per table, bold header, dates as real date cells.</summary>
public static class XlsxWriter
{
    public static void Write(Stream output, IEnumerable<SheetTable> sheets, WorkbookStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(stamp);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Cells.Stylesheet();
        foreach (var table in sheets) AddSheet(workbook, table);
        Stamp(document, stamp);
        workbook.Workbook.Save();
    }

    internal static void AddSheet(WorkbookPart workbook, SheetTable table)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint r = 0;
        if (table.Header.Count > 0)
        {
            var header = new Row { RowIndex = ++r };
            for (var c = 0; c < table.Header.Count; c++) header.Append(Cells.Make(c, r, table.Header[c], Cells.BoldStyle));
            data.Append(header);
        }
        foreach (var values in table.Rows)
        {
            r++;
            var row = new Row { RowIndex = r };
            for (var c = 0; c < values.Count; c++) row.Append(Cells.Make(c, r, values[c]));
            data.Append(row);
        }
        part.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.GetFirstChild<Sheets>()!;
        var id = sheets.Elements<Sheet>().Select(s => s.SheetId?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = SheetName(table.Name, sheets) });
    }

    internal static void Stamp(SpreadsheetDocument document, WorkbookStamp stamp)
    {
        document.PackageProperties.Creator = stamp.Author;
        document.PackageProperties.LastModifiedBy = stamp.Author;
        document.PackageProperties.Created = stamp.CreatedUtc;
        document.PackageProperties.Modified = stamp.CreatedUtc;
        if (stamp.Title is not null) document.PackageProperties.Title = stamp.Title;
    }

    // Excel sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook.
    private static string SheetName(string name, Sheets existing)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '-' : c).ToArray());
        if (clean.Length == 0) clean = "Sheet";
        if (clean.Length > 31) clean = clean[..31];
        var taken = existing.Elements<Sheet>().Select(s => s.Name?.Value ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidate = clean;
        for (var i = 2; taken.Contains(candidate); i++)
        {
            var suffix = " (" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            candidate = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }
        return candidate;
    }
}
