using FluentValidation;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Application.StaffAccounts.RescopeStaffUser;

internal sealed class RescopeStaffUserCommandValidator : AbstractValidator<RescopeStaffUserCommand>
{
    public RescopeStaffUserCommandValidator(ICatalog catalog, IRegionDirectory regions) => Include(new StaffScopeValidator(catalog, regions));
}
