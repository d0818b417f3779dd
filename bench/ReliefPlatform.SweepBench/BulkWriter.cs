using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ReliefPlatform.SweepBench;

/// <summary>Writes batches of generated applications and their history, one transaction per batch.</summary>
internal sealed class BulkWriter(TableWriter tables, TableShape applications, TableShape history) : IAsyncDisposable
{
    private readonly int _dueDate = applications.IndexOf("DueDate");

    public DbConnection Connection => tables.Connection;

    public static async Task<BulkWriter> OpenAsync(BenchOptions options, TableShape applications, TableShape history) =>
        new(await TableWriter.OpenAsync(options), applications, history);

    /// <summary>Writes the batch in <paramref name="transaction"/> (the caller commits or rolls back).</summary>
    public async Task WriteAsync(IReadOnlyList<GeneratedApplication> batch, DbTransaction transaction, bool asGenerated = false)
    {
        await tables.WriteAsync(applications, batch, (generated, values) => ApplicationValues(generated, values, asGenerated), transaction);
        await tables.WriteAsync(history, batch.SelectMany(g => g.Application.History), history.ValuesOf, transaction);
    }

    public ValueTask DisposeAsync() => tables.DisposeAsync();

    /// <summary>The application row's values, with the drawn due date unless <paramref name="asGenerated"/>.</summary>
    private void ApplicationValues(GeneratedApplication generated, object?[] values, bool asGenerated)
    {
        applications.ValuesOf(generated.Application, values);
        if (!asGenerated)
        {
            values[_dueDate] = applications.Columns[_dueDate].ToProvider(generated.DueDate);
        }
    }
}

/// <summary>
/// Writes rows of the service's tables (as <see cref="TableShape"/> maps them) on one connection of its own:
/// binary COPY on PostgreSQL, a prepared single-row INSERT per table on SQLite, in the caller's transaction.
/// </summary>
internal abstract class TableWriter : IAsyncDisposable
{
    public abstract DbConnection Connection { get; }

    public static async Task<TableWriter> OpenAsync(BenchOptions options)
    {
        TableWriter writer = options.IsPostgres
            ? new PostgresTableWriter(new NpgsqlConnection(options.Connection))
            : new SqliteTableWriter(new SqliteConnection(options.Connection), options.CacheMb);
        await writer.Connection.OpenAsync();
        writer.Prepare();
        return writer;
    }

    /// <summary>One row of <paramref name="table"/> per item, its values (provider values, in column order) filled by <paramref name="values"/>.</summary>
    public abstract Task WriteAsync<T>(TableShape table, IEnumerable<T> items, Action<T, object?[]> values, DbTransaction transaction);

    public virtual async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected virtual void Prepare()
    {
    }
}

/// <summary>SQLite: one prepared single-row INSERT per table, re-bound for every row, in the batch's transaction.</summary>
internal sealed class SqliteTableWriter(SqliteConnection connection, int cacheMb) : TableWriter
{
    private readonly Dictionary<TableShape, (SqliteCommand Command, object?[] Values)> _inserts = [];

    public override DbConnection Connection => connection;

    public override Task WriteAsync<T>(TableShape table, IEnumerable<T> items, Action<T, object?[]> values, DbTransaction transaction)
    {
        if (!_inserts.TryGetValue(table, out var insert))
        {
            insert = (Insert(table, (SqliteTransaction)transaction), new object?[table.Columns.Count]);
            _inserts[table] = insert;
        }

        var (command, row) = insert;
        command.Transaction = (SqliteTransaction)transaction;
        var parameters = command.Parameters;
        foreach (var item in items)
        {
            values(item, row);
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var (command, _) in _inserts.Values)
        {
            await command.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    protected override void Prepare()
    {
        // This connection's page cache only (not stored in the database): the seven indexes of a
        // million-row table are updated at random places, and the default 2 MB cache makes each batch
        // re-read them. Measured here: 4,600 rows/s with the default, 10,900 with 512 MB.
        using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA cache_size = -{cacheMb * 1024}";
        pragma.ExecuteNonQuery();
    }

    private SqliteCommand Insert(TableShape table, SqliteTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Table and column names come from the service's EF model, not from input.
        command.CommandText = $"INSERT INTO \"{table.Table}\" ({table.QuotedColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"@p{i}"))})";
#pragma warning restore CA2100
        for (var i = 0; i < table.Columns.Count; i++)
        {
            // The same parameter (DbType, SqliteType) that EF's type mapping creates when it saves.
            command.Parameters.Add(table.Columns[i].Mapping.CreateParameter(command, $"@p{i}", null, table.Columns[i].Mapping.Converter is null ? null : true));
        }

        command.Prepare();
        return command;
    }
}

/// <summary>PostgreSQL: binary COPY of each call's rows, in the batch's transaction.</summary>
internal sealed class PostgresTableWriter(NpgsqlConnection connection) : TableWriter
{
    private readonly Dictionary<TableShape, (string[] Types, object?[] Values)> _tables = [];

    public override DbConnection Connection => connection;

    public override async Task WriteAsync<T>(TableShape table, IEnumerable<T> items, Action<T, object?[]> values, DbTransaction transaction)
    {
        if (!_tables.TryGetValue(table, out var shape))
        {
            shape = (table.Columns.Select(c => c.Mapping.StoreTypeNameBase).ToArray(), new object?[table.Columns.Count]);
            _tables[table] = shape;
        }

        var (types, row) = shape;
        await using var importer = await connection.BeginBinaryImportAsync($"COPY \"{table.Table}\" ({table.QuotedColumnList}) FROM STDIN (FORMAT BINARY)");
        foreach (var item in items)
        {
            values(item, row);
            await importer.StartRowAsync();
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is { } value)
                {
                    await importer.WriteAsync(value, types[i]);
                }
                else
                {
                    await importer.WriteNullAsync();
                }
            }
        }

        await importer.CompleteAsync();
    }
}
