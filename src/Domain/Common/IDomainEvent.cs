namespace ReliefPlatform.Domain.Common;

public interface IDomainEvent
{
    DateTime OccurredAtUtc { get; }
}
