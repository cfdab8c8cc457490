using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SachSong.App.Storage;

/// <summary>
/// Sets each SQLite connection up as it opens: SQLite's own busy wait (Microsoft.Data.Sqlite otherwise retries after sleeps, which
/// queues concurrent writers such as audit rows behind each other) and synchronous=NORMAL, which in WAL mode cannot corrupt the
/// file and only risks the last commits on a power cut.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Sql = "PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
