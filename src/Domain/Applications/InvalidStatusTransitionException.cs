using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Applications;

public sealed class InvalidStatusTransitionException(ApplicationStatus current, ApplicationAction attempted)
    : DomainException(
        "invalid-transition",
        Text.Pick(
            $"申请当前状态为“{StatusNames.Zh(current)}”，不能执行“{StatusNames.Zh(attempted)}”。",
            $"An application that is {current} cannot be {attempted.ToString().ToLowerInvariant()}."))
{
    public ApplicationStatus Current { get; } = current;

    public ApplicationAction Attempted { get; } = attempted;
}
