using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Residents;

public sealed class InvalidIdNumberException(string message) : DomainException("invalid-id-number", message);
