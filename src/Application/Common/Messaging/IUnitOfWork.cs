namespace ReliefPlatform.Application.Common.Messaging;

/// <summary>
/// The one way state is saved (ADR 0026): the tracked entities' domain events are published first, so
/// their handlers' writes (an outbox message) join the save; then one SaveChanges; a conflict comes out
/// as the application's <see cref="Exceptions.ConflictException"/> (<c>concurrency-conflict</c> or
/// <c>duplicate</c>) with the change tracker cleared. The unit-of-work behavior calls it after every
/// command; a handler calls it itself only when its command is an <see cref="ISavesInSteps"/>.
/// </summary>
public interface IUnitOfWork
{
    Task SaveAsync(CancellationToken cancellationToken);
}
