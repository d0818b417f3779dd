using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.StaffAccounts;

/// <summary>An administrator's change to one staff account, answered with the account as it now is.</summary>
public interface IStaffAccountCommand : ICommand<StaffUserDto>
{
    Guid Id { get; }
}
