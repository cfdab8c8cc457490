using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SachSong.App.Storage;

namespace SachSong.App.Indicators;

/// <summary>
/// Writes reported values and their history in multi-row statements: an upsert on (version, unit, element, period) that
/// returns the ids, then the history rows, through reused prepared commands. The same SQL runs on SQLite and PostgreSQL.
/// </summary>
internal static class FigureWriter
{
    private const int Batch = 500;

    public sealed record Change(string CatalogVersion, string UnitCode, string ElementCode, Core.Indicators.Period Period, long Value, long? OldValue);

    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<Change> changes, string reportedBy, DateTime reportedAt, string source,
        CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // SQLite runs statements in-process, so one prepared row at a time is fastest (and Microsoft.Data.Sqlite binds
        // named parameters in time quadratic in their number); PostgreSQL pays a round trip per statement, so many rows.
        var batch = db.Database.IsNpgsql() ? 500 : 1;
        DbCommand? upsert = null, history = null;
        var prepared = 0;
        try
        {
            for (var start = 0; start < changes.Count; start += batch)
            {
                var count = Math.Min(batch, changes.Count - start);
                if (count != prepared)
                {
                    if (upsert is not null) await upsert.DisposeAsync();
                    if (history is not null) await history.DisposeAsync();
                    (upsert, history) = Commands(connection, transaction, count, reportedBy, reportedAt, source);
                    prepared = count;
                }
                for (var i = 0; i < count; i++)
                {
                    var c = changes[start + i];
                    var k = i * 7;
                    upsert!.Parameters[k].Value = c.CatalogVersion;
                    upsert.Parameters[k + 1].Value = c.UnitCode;
                    upsert.Parameters[k + 2].Value = c.ElementCode;
                    upsert.Parameters[k + 3].Value = c.Period.ToString();
                    upsert.Parameters[k + 4].Value = c.Period.Start;
                    upsert.Parameters[k + 5].Value = c.Period.End;
                    upsert.Parameters[k + 6].Value = c.Value;
                }
                var ids = new Dictionary<(string, string, string, string), long>();
                await using (var reader = await upsert!.ExecuteReaderAsync(cancellationToken))
                    while (await reader.ReadAsync(cancellationToken))
                        ids[(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4))] = reader.GetInt64(0);
                for (var i = 0; i < count; i++)
                {
                    var c = changes[start + i];
                    history!.Parameters[i * 3].Value = ids[(c.CatalogVersion, c.UnitCode, c.ElementCode, c.Period.ToString())];
                    history.Parameters[(i * 3) + 1].Value = c.OldValue is { } old ? old : DBNull.Value;
                    history.Parameters[(i * 3) + 2].Value = c.Value;
                }
                await history!.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (upsert is not null) await upsert.DisposeAsync();
            if (history is not null) await history.DisposeAsync();
        }
    }

    private static (DbCommand Upsert, DbCommand History) Commands(DbConnection connection, DbTransaction? transaction, int rows,
        string reportedBy, DateTime reportedAt, string source)
    {
        var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        var sql = new StringBuilder("INSERT INTO figures (catalog_version, unit_code, element_code, period, period_start, period_end, value, reported_by, reported_at, source) VALUES ");
        for (var i = 0; i < rows; i++)
        {
            if (i > 0) sql.Append(',');
            sql.Append(CultureInfo.InvariantCulture, $"(@v{i},@u{i},@e{i},@p{i},@s{i},@f{i},@x{i},@by,@at,@src)");
            Add(upsert, $"v{i}", "");
            Add(upsert, $"u{i}", "");
            Add(upsert, $"e{i}", "");
            Add(upsert, $"p{i}", "");
            Add(upsert, $"s{i}", DateOnly.MinValue);
            Add(upsert, $"f{i}", DateOnly.MinValue);
            Add(upsert, $"x{i}", 0L);
        }
        sql.Append(" ON CONFLICT (catalog_version, unit_code, element_code, period) DO UPDATE SET value = excluded.value, ")
            .Append("reported_by = excluded.reported_by, reported_at = excluded.reported_at, source = excluded.source ")
            .Append("RETURNING id, catalog_version, unit_code, element_code, period");
        Add(upsert, "by", reportedBy);
        Add(upsert, "at", reportedAt);
        Add(upsert, "src", source);
        upsert.CommandText = sql.ToString();

        var history = connection.CreateCommand();
        history.Transaction = transaction;
        var h = new StringBuilder("INSERT INTO figure_history (figure_id, old_value, new_value, changed_by, changed_at, source) VALUES ");
        for (var i = 0; i < rows; i++)
        {
            if (i > 0) h.Append(',');
            h.Append(CultureInfo.InvariantCulture, $"(@id{i},@o{i},@n{i},@by,@at,@src)");
            Add(history, $"id{i}", 0L);
            Add(history, $"o{i}", null);
            Add(history, $"n{i}", 0L);
        }
        Add(history, "by", reportedBy);
        Add(history, "at", reportedAt);
        Add(history, "src", source);
        history.CommandText = h.ToString();
        return (upsert, history);
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        if (value is null) p.DbType = System.Data.DbType.Int64;
        command.Parameters.Add(p);
    }
}
