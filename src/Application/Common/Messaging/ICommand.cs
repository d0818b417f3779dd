using MediatR;

namespace ReliefPlatform.Application.Common.Messaging;

/// <summary>A request that changes state: the unit-of-work behavior runs it in one transaction and saves once.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>, ICommandMarker;

/// <summary>Lets behaviors recognise commands whatever their response type.</summary>
public interface ICommandMarker;

/// <summary>
/// A command a client may retry with an <c>Idempotency-Key</c>: the first response is stored in the
/// same transaction as the change, and a retry with the same key gets it back instead of a second change.
/// </summary>
public interface IIdempotentCommand
{
    string? IdempotencyKey { get; }
}

/// <summary>
/// A command that writes with more than one statement (set-based SQL, batches): the unit of work wraps
/// it in an explicit transaction. Other commands save once through the change tracker, which is atomic
/// by itself, so their reads never hold SQLite's single write lock.
/// </summary>
public interface ITransactionalCommand;

/// <summary>
/// A command whose handler saves part of its work before it ends, through <see cref="IUnitOfWork"/>,
/// because that part must stand whatever follows: each message's lease before the gateway call, each
/// batch of a long job, a wrong password counted toward the lockout although the request then fails.
/// The behavior still saves what is left at the end. No other handler may save (ADR 0026).
/// </summary>
public interface ISavesInSteps;
