using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Idempotency;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Common.Behaviors;

/// <summary>
/// Saves a command's changes once and atomically through <see cref="IUnitOfWork"/>, the one way state is
/// saved (ADR 0026): one SaveChanges (its own transaction), and for an <see cref="ITransactionalCommand"/>
/// an explicit transaction around the whole handler. The response to an idempotent command is stored in
/// that same save, so "acknowledged" and "recorded" cannot come apart; a retry, or a concurrent duplicate
/// that loses the race on a unique key, gets the first response, found after the conflict rather than
/// looked up before every command. A stale concurrency token or a unique-key collision is a 409.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(
    IApplicationDbContext db, IUnitOfWork unitOfWork, ICurrentUser user, TimeProvider clock, AfterCommit afterCommit, IWriteGate writeGate)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommandMarker || db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        var idempotency = request is IIdempotentCommand { IdempotencyKey: { Length: > 0 } key }
            ? new IdempotencyContext($"{user.Role}:{user.Id}", key, Hash(request))
            : null;

        // No lookup first: a retry of a command already done fails on a unique key (the idempotency
        // record, or the command's own duplicate check) and the catch below answers with the stored
        // first response, or 422 when the key came with another request. The first submission, by far
        // the common case, so saves a round trip.
        try
        {
            var transactional = request is ITransactionalCommand;
            await using var turn = transactional ? await writeGate.EnterAsync(cancellationToken) : null;
            await using var transaction = transactional ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            var response = await next();
            if (idempotency is not null)
            {
                db.IdempotencyRecords.Add(new IdempotencyRecord(
                    idempotency.Scope, idempotency.Key, idempotency.RequestHash, JsonSerializer.Serialize(response, Json), clock.GetUtcNow().UtcDateTime));
            }

            await unitOfWork.SaveAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            await afterCommit.RunAsync(cancellationToken);
            return response;
        }
        catch (ConflictException) when (idempotency is not null)
        {
            // A concurrent retry with the same key won the race; answer with its response.
            db.ChangeTracker.Clear();
            if (await FindReplayAsync(idempotency, cancellationToken) is { } winner)
            {
                return winner;
            }

            throw;
        }
    }

    private async Task<TResponse?> FindReplayAsync(IdempotencyContext context, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking()
            .Where(r => r.Scope == context.Scope && r.Key == context.Key)
            .Select(r => new { r.RequestHash, r.ResponseJson })
            .FirstOrDefaultAsync(cancellationToken)
            ;
        if (record is null)
        {
            return default;
        }

        return record.RequestHash == context.RequestHash
            ? JsonSerializer.Deserialize<TResponse>(record.ResponseJson, Json)
            : throw new IdempotencyKeyReusedException();
    }

    private static string Hash(TRequest request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, Json))));

    private sealed record IdempotencyContext(string Scope, string Key, string RequestHash);
}
