using System.Data.Common;
using System.Globalization;

namespace ReliefPlatform.SweepBench;

/// <summary>
/// Rows exactly as the database stores them, every column of the table (not only those in the model):
/// SQLite's quote() of each value (so TEXT '…', integers, NULL and BLOBs are told apart), PostgreSQL's
/// to_jsonb of the row.
/// </summary>
internal static class RawRows
{
    public static async Task<List<string>> ReadAsync(DbConnection connection, DbTransaction? transaction, bool postgres, string table, string whereColumn, object whereValue, string orderBy)
    {
        string sql;
        if (postgres)
        {
            sql = $"SELECT to_jsonb(t)::text FROM \"{table}\" AS t WHERE \"{whereColumn}\" = @key ORDER BY \"{orderBy}\"";
        }
        else
        {
            var columns = new List<string>();
            await using (var info = connection.CreateCommand())
            {
                info.Transaction = transaction;
                info.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
                await using var reader = await info.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    columns.Add(reader.GetString(0));
                }
            }

            sql = $"SELECT {string.Join(" || ', ' || ", columns.Select(c => $"'{c}=' || quote(\"{c}\")"))} FROM \"{table}\" WHERE \"{whereColumn}\" = @key ORDER BY \"{orderBy}\"";
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Names come from the model and the database's own catalogue.
        command.CommandText = sql;
#pragma warning restore CA2100
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@key";
        parameter.Value = whereValue;
        command.Parameters.Add(parameter);
        var rows = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "");
            }
        }

        return rows;
    }
}
