using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Every SQL command the service sends for a request while the log is on, for tests that count round
/// trips. Background work of the host (the audit sealer's pass, say) runs outside any request and is
/// not counted: it would make a count depend on when it happened to run.
/// </summary>
public sealed class SqlCommandLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    public bool On { get; set; }

    public IReadOnlyList<string> Commands => [.. _commands];

    /// <summary>A second host on <paramref name="factory"/>'s database whose context reports to this log; tokens of the first host are valid in it.</summary>
    public WebApplicationFactory<Program> HostOn(ApiFactory factory) =>
        factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.ConfigureDbContext<ReliefDbContext>(o => o.AddInterceptors(this))));

    public void Clear() => _commands.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Record(command, eventData, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, eventData, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Record(command, eventData, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, eventData, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Record(command, eventData, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, eventData, result));

    private T Record<T>(DbCommand command, CommandEventData eventData, T result)
    {
        if (On && eventData.Context?.GetService<IHttpContextAccessor>().HttpContext is not null)
        {
            _commands.Enqueue(command.CommandText);
        }

        return result;
    }
}
