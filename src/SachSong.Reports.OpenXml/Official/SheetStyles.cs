using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SachSong.Reports.OpenXml.Official;

/// <summary>
/// The cell formats a report workbook uses, handed out by index as the sheets ask for them and written as one stylesheet at the end.
/// Every font is Times New Roman; index 0 is the workbook default (12 pt, no border).
/// </summary>
internal sealed class SheetStyles
{
    public const string FontName = "Times New Roman";
    public const double FontSize = 12;
    public const double TitleFontSize = 14;
    public const string WholeNumberFormat = "#,##0";

    private readonly List<SheetStyle> _styles = [new SheetStyle(SheetFont.Normal, Border: false, NumberFormat: null, HorizontalAlignmentValues.General, Wrap: false)];
    private readonly Dictionary<SheetStyle, uint> _indexes = [];

    public SheetStyles() => _indexes[_styles[0]] = 0;

    /// <summary>The "0.00%" format showing <paramref name="decimals"/> decimals of a percentage.</summary>
    public static string PercentageFormat(int decimals) => decimals == 0 ? "0%" : "0." + new string('0', decimals) + "%";

    public uint Index(SheetStyle style)
    {
        if (_indexes.TryGetValue(style, out var index)) return index;
        index = (uint)_styles.Count;
        _styles.Add(style);
        _indexes[style] = index;
        return index;
    }

    public Stylesheet Build()
    {
        // Custom formats start at id 164; the built-in ids would leave no format code in the file for a reader to check.
        var codes = _styles.Select(s => s.NumberFormat).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var ids = codes.Select((code, i) => (code, id: 164u + (uint)i)).ToDictionary(x => x.code, x => x.id, StringComparer.Ordinal);
        var formats = new NumberingFormats(codes.Select(c => new NumberingFormat { NumberFormatId = ids[c], FormatCode = c })) { Count = (uint)codes.Count };
        var fonts = new Fonts(Font(bold: false, FontSize), Font(bold: true, FontSize), Font(bold: true, TitleFontSize)) { Count = 3 };
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 };
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new RightBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new TopBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new BottomBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new DiagonalBorder());
        var none = new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder());
        var borders = new Borders(none, thin) { Count = 2 };
        var cellFormats = new CellFormats(_styles.Select(s => Format(s, ids))) { Count = (uint)_styles.Count };
        var children = new List<OpenXmlElement>();
        if (codes.Count > 0) children.Add(formats);
        children.AddRange([fonts, fills, borders, new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 }, cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 }]);
        return new Stylesheet(children);
    }

    private static Font Font(bool bold, double size)
    {
        // Child order is fixed by the schema: b, sz, name, family.
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size }, new FontName { Val = FontName }, new FontFamilyNumbering { Val = 1 });
        return font;
    }

    private static CellFormat Format(SheetStyle style, Dictionary<string, uint> ids)
    {
        var format = new CellFormat
        {
            FontId = (uint)style.Font,
            FillId = 0,
            BorderId = style.Border ? 1u : 0u,
            FormatId = 0,
            NumberFormatId = style.NumberFormat is null ? 0 : ids[style.NumberFormat],
            ApplyFont = style.Font != SheetFont.Normal,
            ApplyBorder = style.Border,
            ApplyNumberFormat = style.NumberFormat is not null,
            ApplyAlignment = true,
        };
        format.Append(new Alignment { Horizontal = style.Horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = style.Wrap });
        return format;
    }
}
