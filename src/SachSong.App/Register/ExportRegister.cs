using Microsoft.EntityFrameworkCore;
using SachSong.App.Storage;
using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.App.Register;

/// <summary>Writes the register in the exchange CSV format (the seven contract columns, or all columns), streaming.</summary>
public sealed class ExportRegister(Database database)
{
    public async Task<int> ExecuteAsync(TextWriter output, bool allColumns, string? communeCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var columns = allColumns ? RegisterFormat.AllColumns : RegisterFormat.ContractColumns;
        var csv = new CsvWriter(output);
        csv.WriteRecord(columns.Select(RegisterFormat.ColumnName).ToArray());
        await using var db = database.CreateContext();
        var query = db.Citizens.AsNoTracking();
        if (communeCode is not null) query = query.Where(c => c.CommuneCode == communeCode);
        var n = 0;
        await foreach (var citizen in query.OrderBy(c => c.PersonalId).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            csv.WriteRecord(RegisterFormat.ToCells(citizen.ToRecord(), columns));
            n++;
        }
        await output.FlushAsync(cancellationToken);
        return n;
    }
}
