using SachSong.Core.Text;

namespace SachSong.Core.Lists;

/// <summary>
/// How to read one template of list: where its header is, where its data starts and what each column holds. Detection
/// proposes one; the user may correct it once and save it, and a saved mapping is used for every later sheet whose
/// header has the same <see cref="Signature"/>. A plain record of numbers and strings, so it serialises as JSON as is.
/// </summary>
public sealed record ColumnMapping
{
    /// <summary>The template: a hash of the header's normalised texts and layout (see <see cref="ListHeaderDetector.SignatureAt"/>).</summary>
    public required string Signature { get; init; }

    /// <summary>Rows (numbered from 1) that make up the header: one, or two for a header with sub-columns.</summary>
    public required IReadOnlyList<int> HeaderRows { get; init; }

    /// <summary>First row that may hold data (after the header and its numbering row "(1) (2) (3)…", if any).</summary>
    public required int DataStartRow { get; init; }

    /// <summary>Every column that has a header (those nobody recognised as <see cref="ListColumn.Other"/>), in column order.</summary>
    public required IReadOnlyList<MappedColumn> Columns { get; init; }

    /// <summary>The columns holding <paramref name="column"/>, in column order.</summary>
    public IEnumerable<MappedColumn> ColumnsOf(ListColumn column) => Columns.Where(c => c.Column == column);

    public bool Has(ListColumn column) => Columns.Any(c => c.Column == column);

    /// <summary>
    /// The mapping if it can be used: header rows ascending from 1, data after the header, column indices unique and not
    /// negative, and a column that identifies people (họ và tên, số định danh or số CMND). Otherwise a Vietnamese message.
    /// </summary>
    public ParseResult<ColumnMapping> Validate()
    {
        if (HeaderRows is null || HeaderRows.Count == 0) return ParseResult<ColumnMapping>.Fail("Chưa chọn dòng tiêu đề");
        for (var i = 0; i < HeaderRows.Count; i++)
        {
            if (HeaderRows[i] < 1) return ParseResult<ColumnMapping>.Fail("Số dòng tiêu đề phải từ 1 trở lên");
            if (i > 0 && HeaderRows[i] <= HeaderRows[i - 1]) return ParseResult<ColumnMapping>.Fail("Các dòng tiêu đề phải theo thứ tự tăng dần");
        }
        if (DataStartRow <= HeaderRows[^1]) return ParseResult<ColumnMapping>.Fail("Dữ liệu phải bắt đầu sau dòng tiêu đề");
        if (Columns is null) return ParseResult<ColumnMapping>.Fail("Chưa có cột nào");
        var seen = new HashSet<int>();
        foreach (var c in Columns)
        {
            if (c.Index < 0) return ParseResult<ColumnMapping>.Fail("Chỉ số cột không được âm");
            if (!seen.Add(c.Index)) return ParseResult<ColumnMapping>.Fail($"Cột '{c.Header}' được gán hai lần");
            if (!Enum.IsDefined(c.Column) || !Enum.IsDefined(c.Part)) return ParseResult<ColumnMapping>.Fail($"Cột '{c.Header}' có loại không hợp lệ");
        }
        return Has(ListColumn.FullName) || Has(ListColumn.PersonalId) || Has(ListColumn.LegacyId)
            ? ParseResult<ColumnMapping>.Ok(this)
            : ParseResult<ColumnMapping>.Fail("Cần có cột Họ và tên hoặc cột Số định danh/CCCD/CMND");
    }
}
