using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ReliefPlatform.Infrastructure.Persistence.Sql;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Every statement of the SQL Server dialect, found by reflection so that none can be left out, parsed
/// by Microsoft's T-SQL parser (ScriptDom) as SqlClient sends it (QUOTED_IDENTIFIER ON): what can be
/// checked of SQL Server here, where no engine runs (ADR 0023). The parser checks syntax, not names.
/// </summary>
public sealed partial class SqlServerDialectTests
{
    public static TheoryData<string> Statements() => [.. StatementsOf(SqlServerDialect.Instance).Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Statements))]
    public void Statement_ParsesAsOneTSqlStatement_OnSqlServer2019AndTheNewestGrammar(string name)
    {
        var sql = StatementsOf(SqlServerDialect.Instance).Single(s => s.Name == name).Sql;

        foreach (var parser in Parsers())
        {
            var script = Parse(parser, sql, out var errors);
            Assert.True(errors.Count == 0, $"{parser.GetType().Name}: {name}: " + string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}")) + "\n" + sql);
            Assert.Single(((TSqlScript)script).Batches.SelectMany(b => b.Statements));
        }
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Statement_HasNoOtherDialectsSyntax(string name)
    {
        var sql = StatementsOf(SqlServerDialect.Instance).Single(s => s.Name == name).Sql;

        foreach (var foreign in new[] { "ON CONFLICT", "LIMIT ", "||", "::", "substr(", "INDEXED BY", "\"" })
        {
            Assert.DoesNotContain(foreign, sql, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Parser_RefusesTheOtherDialectsForms_SoAPassMeansSomething()
    {
        var refused = StatementsOf(PostgreSqlDialect.Instance)
            .Where(s => Parsers().Any(p => { Parse(p, s.Sql, out var errors); return errors.Count > 0; }))
            .Select(s => s.Name)
            .ToList();

        // ON CONFLICT (the sweep, the read mark) and LIMIT (the personal-data rewrite) are not T-SQL.
        Assert.Contains(refused, n => n.StartsWith(nameof(SqlDialect.RaiseDeadlineEvents), StringComparison.Ordinal));
        Assert.Contains(refused, n => n.StartsWith(nameof(SqlDialect.MarkNotificationRead), StringComparison.Ordinal));
        Assert.Contains(refused, n => n.StartsWith(nameof(SqlDialect.StalePersonalDataIds), StringComparison.Ordinal));
        Assert.NotEmpty(ParseErrors("INSERT INTO [X] ([A]) VALUES (@p0) ON CONFLICT DO NOTHING"));
    }

    [Fact]
    public void EveryDialect_HasEveryStatement()
    {
        var expected = StatementsOf(SqlServerDialect.Instance).Select(s => s.Name).ToList();

        Assert.True(expected.Count >= 15, $"Only {expected.Count} statements found: the reflection missed members.");
        Assert.Equal(expected, StatementsOf(SqliteDialect.Instance).Select(s => s.Name));
        Assert.Equal(expected, StatementsOf(PostgreSqlDialect.Instance).Select(s => s.Name));
    }

    /// <summary>SQL Server 2019 (the oldest this service claims) and the newest grammar ScriptDom has.</summary>
    private static IEnumerable<TSqlParser> Parsers()
    {
        var newest = typeof(TSqlParser).Assembly.GetExportedTypes()
            .Select(t => (Type: t, Match: ParserName().Match(t.Name)))
            .Where(t => t.Match.Success && typeof(TSqlParser).IsAssignableFrom(t.Type))
            .MaxBy(t => int.Parse(t.Match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Type;
        yield return new TSql150Parser(initialQuotedIdentifiers: true);
        yield return (TSqlParser)Activator.CreateInstance(newest, [true])!; // initialQuotedIdentifiers
    }

    private static TSqlFragment Parse(TSqlParser parser, string sql, out IList<ParseError> errors)
    {
        using var reader = new StringReader(sql);
        return parser.Parse(reader, out errors);
    }

    private static IList<ParseError> ParseErrors(string sql)
    {
        Parse(new TSql150Parser(initialQuotedIdentifiers: true), sql, out var errors);
        return errors;
    }

    /// <summary>
    /// Each string property, and each string method called with every sample of its parameters, of a
    /// dialect, with <c>{n}</c> written as the parameter <c>@pn</c>, as EF sends it.
    /// </summary>
    private static IEnumerable<(string Name, string Sql)> StatementsOf(SqlDialect dialect)
    {
        var members = typeof(SqlDialect).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .OrderBy(m => m.Name, StringComparer.Ordinal);
        foreach (var member in members)
        {
            switch (member)
            {
                case PropertyInfo { PropertyType: var type } property when type == typeof(string):
                    yield return (property.Name, Parameters((string)property.GetValue(dialect)!));
                    break;
                case MethodInfo { IsSpecialName: false, ReturnType: var type } method when type == typeof(string):
                    foreach (var arguments in Combinations(method.GetParameters().Select(Samples).ToList()))
                    {
                        var sql = (string)method.Invoke(dialect, arguments)!;
                        yield return ($"{method.Name}({string.Join(", ", arguments.Select(a => a is IEnumerable<string> list ? string.Join("|", list) : a?.ToString() ?? "null"))})", Parameters(sql));
                    }

                    break;
                case MethodInfo { IsSpecialName: false } method:
                    throw new InvalidOperationException($"{method.Name} returns {method.ReturnType.Name}: a dialect member returns a statement.");
            }
        }
    }

    private static object?[] Samples(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(bool))
        {
            return [false, true];
        }

        if (type.IsEnum)
        {
            return [.. Enum.GetValues(type).Cast<object>()];
        }

        if (type == typeof(string))
        {
            var nullable = new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;
            return nullable ? [null, "PhoneIndex"] : ["Applications"];
        }

        if (type == typeof(IReadOnlyList<string>))
        {
            return [new[] { "ApplicantPhone", "Description" }];
        }

        throw new InvalidOperationException($"No sample for a {type.Name} parameter ({parameter.Member.Name}.{parameter.Name}): add one here.");
    }

    private static IEnumerable<object?[]> Combinations(IReadOnlyList<object?[]> samples) =>
        samples.Aggregate(
            (IEnumerable<object?[]>)[[]],
            (combinations, values) => combinations.SelectMany(c => values.Select(v => (object?[])[.. c, v])));

    private static string Parameters(string sql) => Placeholder().Replace(sql, "@p$1");

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^TSql(\d+)Parser$")]
    private static partial Regex ParserName();
}
