using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ReliefPlatform.SweepBench;

/// <summary>
/// Rows exactly as the database stores them, every column of the table (not only those in the model):
/// SQLite's quote() of each value (so TEXT '…', integers, NULL and BLOBs are told apart), PostgreSQL's
/// to_jsonb of the row. Personal data is shown as its key id only (<c>pd1:bench1:(ciphertext)</c>): every
/// encryption draws a nonce of its own, so two writes of one value never store the same bytes.
/// </summary>
internal static partial class RawRows
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

        return [.. (await ValuesAsync(connection, transaction, sql, whereValue)).Select(v => Ciphertext().Replace(Convert.ToString(v, CultureInfo.InvariantCulture) ?? "", "$1(ciphertext)"))];
    }

    /// <summary>The first column of each row <paramref name="sql"/> selects, with <c>@key</c> bound to <paramref name="key"/>.</summary>
    public static async Task<List<object>> ValuesAsync(DbConnection connection, DbTransaction? transaction, string sql, object key)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Names come from the model and the database's own catalogue.
        command.CommandText = sql;
#pragma warning restore CA2100
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        var values = new List<object>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                values.Add(reader.GetValue(0));
            }
        }

        return values;
    }

    [GeneratedRegex("(pd1:[A-Za-z0-9-]+:)[A-Za-z0-9+/=]+")]
    private static partial Regex Ciphertext();
}
