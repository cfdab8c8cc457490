using SachSong.Core.Text;

namespace SachSong.Core.Register;

/// <summary>
/// The change-event exchange file: <c>personal_id,kind,occurred_on,from_commune_code,to_commune_code,details</c>,
/// kind one of birth, death, move, correction (or sinh, mất, chuyển, điều chỉnh).
/// </summary>
public static class RegisterChangeFormat
{
    public static IReadOnlyList<string> Headers { get; } =
        ["personal_id", "kind", "occurred_on", "from_commune_code", "to_commune_code", "details"];

    public static string KindName(RegisterChangeKind kind) => kind switch
    {
        RegisterChangeKind.Birth => "birth",
        RegisterChangeKind.Death => "death",
        RegisterChangeKind.Move => "move",
        RegisterChangeKind.Correction => "correction",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Reads one row; returns null with problems added when any value is bad.</summary>
    public static RegisterChange? ReadRow(IReadOnlyList<string?> cells, IReadOnlyList<string?> header, (string File, int Row) location,
        DateOnly today, Func<string, bool> communeExists, List<RowProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(communeExists);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        string Cell(int i) => i < cells.Count ? VietnameseText.Clean(cells[i]) : string.Empty;
        void Problem(int i, string message) =>
            problems.Add(new RowProblem(location.File, null, location.Row, i < header.Count ? header[i] ?? Headers[i] : Headers[i], message));

        string? id = null;
        switch (PersonalId.Parse(Cell(0)))
        {
            case PersonalIdParse.Valid v: id = v.Id.Value; break;
            case PersonalIdParse.Invalid i: Problem(0, i.Reason); break;
            case PersonalIdParse.Legacy: Problem(0, "Cần số định danh 12 chữ số, không phải số CMND cũ"); break;
            default: Problem(0, "Thiếu số định danh"); break;
        }

        RegisterChangeKind? kind = VietnameseText.AccentFreeKey(Cell(1)) switch
        {
            "birth" or "sinh" or "khai sinh" => RegisterChangeKind.Birth,
            "death" or "mat" or "chet" or "khai tu" => RegisterChangeKind.Death,
            "move" or "chuyen" or "chuyen di" or "chuyen den" => RegisterChangeKind.Move,
            "correction" or "dieu chinh" or "sua" => RegisterChangeKind.Correction,
            _ => null,
        };
        if (kind is null) Problem(1, $"Loại biến động '{Cell(1)}' không hợp lệ (birth, death, move, correction)");

        DateOnly? occurred = null;
        var date = DateParser.Parse(Cell(2), today);
        if (!date.Success) Problem(2, date.Error!);
        else if (date.Value.Precision != DatePrecision.Day) Problem(2, $"Cần ngày đầy đủ dd/MM/yyyy: '{Cell(2)}'");
        else occurred = date.Value.Earliest;

        string? Commune(int i)
        {
            var code = Cell(i);
            if (code.Length == 0) return null;
            if (code.Length < 5 && code.All(char.IsAsciiDigit)) code = code.PadLeft(5, '0');
            if (code.Length != 5 || !code.All(char.IsAsciiDigit) || !communeExists(code))
            {
                Problem(i, $"Mã xã '{code}' không có trong danh mục");
                return null;
            }
            return code;
        }
        var from = Commune(3);
        var to = Commune(4);
        if (kind == RegisterChangeKind.Move && to is null && problems.Count == before) Problem(4, "Chuyển đi cần mã xã nơi đến");

        if (problems.Count > before) return null;
        var details = Cell(5);
        return new RegisterChange(id!, kind!.Value, occurred!.Value, from, to, details.Length == 0 ? null : details);
    }
}
