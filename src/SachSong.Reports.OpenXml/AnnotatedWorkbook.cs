using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SachSong.Reports.OpenXml;

/// <summary>
/// Gives the user their own .xlsx back with columns added after the last used column of each annotated sheet, and
/// extra sheets (a summary) at the end. Everything else in the workbook — formatting, merged title rows, other sheets — is kept.
/// </summary>
public static class AnnotatedWorkbook
{
    /// <param name="original">The user's .xlsx.</param>
    /// <param name="output">Where the annotated copy goes.</param>
    /// <param name="sheets">Header position and titles of the added columns, per sheet.</param>
    /// <param name="rows">The values to add, per row.</param>
    /// <param name="extraSheets">Sheets appended at the end.</param>
    /// <param name="stamp">Who made the copy and when.</param>
    public static void Write(Stream original, Stream output, IReadOnlyList<SheetAnnotation> sheets, IReadOnlyList<RowAnnotation> rows,
        IEnumerable<SheetTable> extraSheets, WorkbookStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(extraSheets);
        ArgumentNullException.ThrowIfNull(stamp);
        var buffer = new MemoryStream();
        original.CopyTo(buffer);
        using (var document = SpreadsheetDocument.Open(buffer, isEditable: true))
        {
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
            var byName = workbook.Workbook.Sheets?.Elements<Sheet>()
                .Where(s => s.Name?.Value is not null && s.Id?.Value is not null)
                .ToDictionary(s => s.Name!.Value!, s => (WorksheetPart)workbook.GetPartById(s.Id!.Value!), StringComparer.Ordinal) ?? [];
            var rowsBySheet = rows.GroupBy(r => r.Sheet, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var sheet in sheets)
            {
                if (!byName.TryGetValue(sheet.Sheet, out var part)) continue;
                Annotate(part, sheet, rowsBySheet.GetValueOrDefault(sheet.Sheet) ?? []);
            }
            foreach (var table in extraSheets) XlsxWriter.AddSheet(workbook, table);
            XlsxWriter.Stamp(document, stamp);
            workbook.Workbook.Save();
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Annotate(WorksheetPart part, SheetAnnotation sheet, List<RowAnnotation> rows)
    {
        var data = part.Worksheet.GetFirstChild<SheetData>() ?? part.Worksheet.AppendChild(new SheetData());
        var first = data.Descendants<Cell>()
            .Select(c => c.CellReference?.Value is { } r ? Cells.ColumnIndex(r) : -1)
            .DefaultIfEmpty(-1).Max() + 1;
        var byIndex = data.Elements<Row>().Where(r => r.RowIndex is not null).ToDictionary(r => (int)r.RowIndex!.Value);

        Row RowAt(int number)
        {
            if (byIndex.TryGetValue(number, out var row)) return row;
            row = new Row { RowIndex = (uint)number };
            var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex is not null && r.RowIndex.Value < number);
            if (after is null) data.PrependChild(row);
            else after.InsertAfterSelf(row);
            byIndex[number] = row;
            return row;
        }

        var header = RowAt(sheet.HeaderRowNumber);
        for (var i = 0; i < sheet.AddedHeaders.Count; i++)
            header.Append(Cells.Make(first + i, (uint)sheet.HeaderRowNumber, sheet.AddedHeaders[i]));
        foreach (var annotation in rows)
        {
            var row = RowAt(annotation.RowNumber);
            for (var i = 0; i < annotation.Values.Count; i++)
                row.Append(Cells.Make(first + i, (uint)annotation.RowNumber, annotation.Values[i]));
        }
        // Rows written before annotation may carry a "spans" hint that now is too narrow; Excel recomputes it when absent.
        foreach (var row in byIndex.Values) row.Spans = null;
        part.Worksheet.Save();
    }
}
