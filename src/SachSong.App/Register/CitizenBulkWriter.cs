using System.Data.Common;
using System.Globalization;
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
    private IReadOnlyList<string> _deferredIndexes = [];
    private int[] _slots = [];

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
        // Values() fills every column; only the ones the source has (plus the required and NOT NULL ones) are sent.
        var columns = AlwaysColumns.ToList();
        var slots = Enumerable.Range(0, AlwaysColumns.Length + 1).ToList();
        var update = AlwaysColumns.Skip(1).ToList();
        if (presentColumns.Contains(RegisterColumn.Address)) update.Add("address");
        columns.Add("address");
        for (var i = 0; i < OptionalColumns.Length; i++)
        {
            var (column, db) = OptionalColumns[i];
            if (!presentColumns.Contains(column) && column != RegisterColumn.EidLevel) continue;
            columns.Add(db);
            slots.Add(AlwaysColumns.Length + 1 + i);
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
            var deferred = await DeferSecondaryIndexesAsync(connection, transaction, cancellationToken);
            var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText =
                $"INSERT INTO citizens ({string.Join(", ", cols)}) VALUES ({string.Join(", ", cols.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))}) " +
                $"ON CONFLICT(personal_id) DO UPDATE SET {string.Join(", ", update.Select(c => $"{c} = excluded.{c}"))}";
            for (var i = 0; i < cols.Length; i++)
                insert.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
            insert.Prepare();
            return new CitizenBulkWriter(connection, transaction, cols, [.. update], catalogVersion, now, insert, null) { _deferredIndexes = deferred, _slots = [.. slots] };
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
            return new CitizenBulkWriter(connection, transaction, cols, [.. update], catalogVersion, now, null, copy) { _slots = [.. slots] };
        }
    }

    public async Task WriteAsync(CitizenRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var values = Values(record);
        if (_sqliteInsert is not null)
        {
            for (var i = 0; i < _slots.Length; i++) _sqliteInsert.Parameters[i].Value = values[_slots[i]] ?? DBNull.Value;
            await _sqliteInsert.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            // The synchronous writes only fill Npgsql's buffer (it flushes when full); an await per value costs more than the value.
            _copy!.StartRow();
            foreach (var slot in _slots)
            {
                var v = values[slot];
                if (v is null) _copy.WriteNull();
                else if (v is DateTime dt) _copy.Write(dt, NpgsqlDbType.TimestampTz);
                else if (v is DateOnly d) _copy.Write(d, NpgsqlDbType.Date);
                else if (v is int n) _copy.Write(n, NpgsqlDbType.Integer);
                else if (v is bool b) _copy.Write(b, NpgsqlDbType.Boolean);
                else _copy.Write((string)v, NpgsqlDbType.Text);
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
        foreach (var sql in _deferredIndexes)
        {
            await using var create = _connection.CreateCommand();
            create.Transaction = _transaction;
            create.CommandText = sql;
            create.CommandTimeout = 0;
            await create.ExecuteNonQueryAsync(cancellationToken);
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

    // Loading an empty table, building the non-unique indexes once at the end from the full table is several times cheaper
    // than updating them row by row. The unique personal-ID index stays: the upsert needs it. All inside the transaction,
    // so a rollback brings the indexes back.
    private static async Task<IReadOnlyList<string>> DeferSecondaryIndexesAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var probe = connection.CreateCommand();
        probe.Transaction = transaction;
        probe.CommandText = "SELECT EXISTS (SELECT 1 FROM citizens)";
        if (Convert.ToInt64(await probe.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != 0) return [];

        var indexes = new List<(string Name, string Sql)>();
        probe.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'citizens' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'";
        await using (var reader = await probe.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) indexes.Add((reader.GetString(0), reader.GetString(1)));
        foreach (var (name, _) in indexes)
        {
            await using var drop = connection.CreateCommand();
            drop.Transaction = transaction;
            drop.CommandText = $"DROP INDEX \"{name}\"";
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }
        return indexes.Select(i => i.Sql).ToList();
    }

    private object?[] Values(CitizenRecord r)
    {
        var birth = r.BirthDate;
        var values = new object?[AlwaysColumns.Length + 1 + OptionalColumns.Length];
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
