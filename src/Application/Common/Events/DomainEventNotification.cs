using MediatR;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Common.Events;

/// <summary>Carries a domain event through MediatR, so the Domain needs no MediatR reference.</summary>
public sealed record DomainEventNotification<TEvent>(TEvent Event) : INotification
    where TEvent : IDomainEvent;
