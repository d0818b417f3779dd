using System.Collections.Concurrent;
using System.Linq.Expressions;
using MediatR;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Common.Events;

/// <summary>
/// Publishes the domain events of every tracked entity before the unit of work saves, so their
/// handlers' writes (an outbox message, say) commit or roll back with the change that raised them.
/// </summary>
internal sealed class DomainEventDispatcher(IApplicationDbContext db, IMediator mediator)
{
    private static readonly ConcurrentDictionary<Type, Func<IDomainEvent, INotification>> Wrappers = new();

    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var raisers = db.ChangeTracker.Entries<Entity>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
            if (raisers.Count == 0)
            {
                return;
            }

            var events = raisers.SelectMany(e => e.DomainEvents).ToList();
            raisers.ForEach(e => e.ClearDomainEvents());
            foreach (var domainEvent in events)
            {
                await mediator.Publish(Wrap(domainEvent), cancellationToken);
            }
        }
    }

    private static INotification Wrap(IDomainEvent domainEvent) =>
        Wrappers.GetOrAdd(domainEvent.GetType(), static type =>
        {
            var constructor = typeof(DomainEventNotification<>).MakeGenericType(type).GetConstructor([type])!;
            var parameter = Expression.Parameter(typeof(IDomainEvent));
            return Expression.Lambda<Func<IDomainEvent, INotification>>(
                Expression.New(constructor, Expression.Convert(parameter, type)), parameter).Compile();
        })(domainEvent);
}
