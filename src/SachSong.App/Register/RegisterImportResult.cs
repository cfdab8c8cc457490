using SachSong.Core.Text;

namespace SachSong.App.Register;

/// <summary>What a register import did.</summary>
public abstract record RegisterImportResult
{
    private RegisterImportResult() { }

    /// <summary>Rows were written in one transaction. <paramref name="Problems"/> lists rows that were skipped (only when the caller accepted valid rows alone).</summary>
    public sealed record Completed(int RowsRead, int Inserted, int Updated, IReadOnlyList<RowProblem> Problems) : RegisterImportResult;

    /// <summary>Some rows were bad, so nothing was written.</summary>
    public sealed record Rejected(int RowsRead, IReadOnlyList<RowProblem> Problems) : RegisterImportResult;

    /// <summary>The file itself could not be read (missing, not a spreadsheet, no header).</summary>
    public sealed record Unreadable(string Message) : RegisterImportResult;
}
