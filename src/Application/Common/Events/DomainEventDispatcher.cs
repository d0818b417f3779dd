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
                var notification = (INotification)Activator.CreateInstance(typeof(DomainEventNotification<>).MakeGenericType(domainEvent.GetType()), domainEvent)!;
                await mediator.Publish(notification, cancellationToken);
            }
        }
    }
}
