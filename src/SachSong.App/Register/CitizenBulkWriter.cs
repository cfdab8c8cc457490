using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using SachSong.App.Storage;
using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.App.Register;

/// <summary>
/// Upserts citizens by personal ID with the provider's bulk path inside one transaction:
/// a prepared INSERT … ON CONFLICT on SQLite, binary COPY into a temporary table then one INSERT … ON CONFLICT on PostgreSQL.
/// Nothing is visible to others until <see cref="CommitAsync"/>; disposing without committing rolls everything back.
/// </summary>
public sealed class CitizenBulkWriter : IAsyncDisposable
{
    private static readonly (RegisterColumn Column, string Db)[] OptionalColumns =
    [
        (RegisterColumn.DeathDate, "death_date"),
        (RegisterColumn.HouseholdCode, "household_code"),
        (RegisterColumn.RelationToHead, "relation_to_head"),
        (RegisterColumn.LegacyId, "legacy_id_number"),
        (RegisterColumn.IdCardType, "id_card_type"),
        (RegisterColumn.IdCardIssuedOn, "id_card_issued_on"),
        (RegisterColumn.EidLevel, "eid_level"),
        (RegisterColumn.EidAuthenticatedOn, "eid_authenticated_on"),
        (RegisterColumn.EidActivatedOn, "eid_activated_on"),
    ];

    private static readonly string[] AlwaysColumns =
    [
        "personal_id", "full_name", "name_key", "birth_year", "birth_month", "birth_day", "sex",
        "birth_registration_province", "catalog_version", "commune_code", "is_deceased", "updated_at",
    ];

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string[] _columns;
    private readonly string[] _updateColumns;
    private readonly string _catalogVersion;
    private readonly DateTime _now;
    private readonly SqliteCommand? _sqliteInsert;
    private readonly NpgsqlBinaryImporter? _copy;
    private bool _committed;

    private CitizenBulkWriter(DbConnection connection, DbTransaction transaction, string[] columns, string[] updateColumns,
        string catalogVersion, DateTime now, SqliteCommand? sqliteInsert, NpgsqlBinaryImporter? copy)
    {
        _connection = connection;
        _transaction = transaction;
        _columns = columns;
        _updateColumns = updateColumns;
        _catalogVersion = catalogVersion;
        _now = now;
        _sqliteInsert = sqliteInsert;
        _copy = copy;
    }

    public int Written { get; private set; }

    /// <param name="settings">The database.</param>
    /// <param name="presentColumns">Columns the source has; optional columns it lacks keep their stored values on update.</param>
    /// <param name="catalogVersion">Catalogue version of the commune codes.</param>
    /// <param name="now">Update time stamp (UTC).</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    public static async Task<CitizenBulkWriter> OpenAsync(DatabaseSettings settings, IReadOnlySet<RegisterColumn> presentColumns,
        string catalogVersion, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(presentColumns);
        var columns = AlwaysColumns.ToList();
        var update = AlwaysColumns.Skip(1).ToList();
        if (presentColumns.Contains(RegisterColumn.Address)) update.Add("address");
        columns.Add("address");
        foreach (var (column, db) in OptionalColumns)
        {
            columns.Add(db);
            if (presentColumns.Contains(column)) update.Add(db);
        }
        var cols = columns.ToArray();

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var connection = new SqliteConnection(settings.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-200000; PRAGMA temp_store=MEMORY;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText =
                $"INSERT INTO citizens ({string.Join(", ", cols)}) VALUES ({string.Join(", ", cols.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))}) " +
                $"ON CONFLICT(personal_id) DO UPDATE SET {string.Join(", ", update.Select(c => $"{c} = excluded.{c}"))}";
            for (var i = 0; i < cols.Length; i++)
                insert.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
            insert.Prepare();
            return new CitizenBulkWriter(connection, transaction, cols, [.. update], catalogVersion, now, insert, null);
        }
        else
        {
            var connection = new NpgsqlConnection(settings.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var create = connection.CreateCommand())
            {
                create.Transaction = transaction;
                create.CommandText = $"CREATE TEMP TABLE citizens_import ON COMMIT DROP AS SELECT {string.Join(", ", cols)} FROM citizens WITH NO DATA";
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
            var copy = await connection.BeginBinaryImportAsync($"COPY citizens_import ({string.Join(", ", cols)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            return new CitizenBulkWriter(connection, transaction, cols, [.. update], catalogVersion, now, null, copy);
        }
    }

    public async Task WriteAsync(CitizenRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var values = Values(record);
        if (_sqliteInsert is not null)
        {
            for (var i = 0; i < values.Length; i++) _sqliteInsert.Parameters[i].Value = values[i] ?? DBNull.Value;
            await _sqliteInsert.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            await _copy!.StartRowAsync(cancellationToken);
            for (var i = 0; i < values.Length; i++)
            {
                var v = values[i];
                if (v is null) await _copy.WriteNullAsync(cancellationToken);
                else if (v is DateTime dt) await _copy.WriteAsync(dt, NpgsqlDbType.TimestampTz, cancellationToken);
                else if (v is DateOnly d) await _copy.WriteAsync(d, NpgsqlDbType.Date, cancellationToken);
                else if (v is int n) await _copy.WriteAsync(n, NpgsqlDbType.Integer, cancellationToken);
                else if (v is bool b) await _copy.WriteAsync(b, NpgsqlDbType.Boolean, cancellationToken);
                else await _copy.WriteAsync((string)v, NpgsqlDbType.Text, cancellationToken);
            }
        }
        Written++;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_copy is not null)
        {
            await _copy.CompleteAsync(cancellationToken);
            await _copy.DisposeAsync();
            await using var merge = _connection.CreateCommand();
            merge.Transaction = _transaction;
            merge.CommandText =
                $"INSERT INTO citizens ({string.Join(", ", _columns)}) SELECT {string.Join(", ", _columns)} FROM citizens_import " +
                $"ON CONFLICT (personal_id) DO UPDATE SET {string.Join(", ", _updateColumns.Select(c => $"{c} = excluded.{c}"))}";
            merge.CommandTimeout = 0;
            await merge.ExecuteNonQueryAsync(cancellationToken);
        }
        await _transaction.CommitAsync(cancellationToken);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_copy is not null && !_committed)
        {
            try { await _copy.DisposeAsync(); }
            catch (NpgsqlException) { /* the rollback below discards the partial COPY */ }
        }
        if (_sqliteInsert is not null) await _sqliteInsert.DisposeAsync();
        if (!_committed)
        {
            try { await _transaction.RollbackAsync(); }
            catch (InvalidOperationException) { /* connection already broken: nothing was committed */ }
        }
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private object?[] Values(CitizenRecord r)
    {
        var birth = r.BirthDate;
        var values = new object?[_columns.Length];
        var i = 0;
        values[i++] = r.PersonalId;
        values[i++] = r.FullName;
        values[i++] = VietnameseText.AccentFreeKey(r.FullName);
        values[i++] = birth.Year;
        values[i++] = birth.Month;
        values[i++] = birth.Day;
        values[i++] = (int)r.Sex;
        values[i++] = r.PersonalId[..3];
        values[i++] = _catalogVersion;
        values[i++] = r.CommuneCode;
        values[i++] = r.IsDeceased;
        values[i++] = _now;
        values[i++] = r.Address;
        values[i++] = r.DeathDate;
        values[i++] = r.HouseholdCode;
        values[i++] = r.RelationToHead;
        values[i++] = r.LegacyIdNumber;
        values[i++] = r.IdCardType is { } t ? (int)t : null;
        values[i++] = r.IdCardIssuedOn;
        values[i++] = (int)r.EidLevel;
        values[i++] = r.EidAuthenticatedOn;
        values[i] = r.EidActivatedOn;
        return values;
    }
}
