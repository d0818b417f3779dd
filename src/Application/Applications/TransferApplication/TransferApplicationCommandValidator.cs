using FluentValidation;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.TransferApplication;

internal sealed class TransferApplicationCommandValidator : AbstractValidator<TransferApplicationCommand>
{
    public TransferApplicationCommandValidator(ICatalog catalog)
    {
        RuleFor(c => c.Reason).Reason();
        RuleFor(c => c.DepartmentCode).NotEmpty().WithMessage(_ => Text.Pick("请选择转办部门。", "Choose the department to transfer to."));
        RuleFor(c => c.DepartmentCode)
            .MustAsync(async (command, code, ct) =>
            {
                var snapshot = await catalog.GetAsync(ct);
                return command.ItemCode is null
                    ? snapshot.HasDepartment(code)
                    : snapshot.FindItem(command.ItemCode)?.DepartmentCode == code.Value;
            })
            .When(c => c.DepartmentCode is not null)
            .WithMessage(_ => Text.Pick("没有这个部门，或所选事项不属于该部门。", "No such department, or the item does not belong to that department."));
    }

    /// <summary>
    /// The item the application is handled under after the transfer: the one named, which must belong
    /// to the target department, or the current one when it already does. Null when neither holds: the
    /// caseworker must then say which of the department's items it is (a guess would change the time
    /// limit, the questions and the resident's text message).
    /// </summary>
    public static ServiceItem? TargetItem(CatalogSnapshot catalog, TransferApplicationCommand command, string currentItemCode)
    {
        if (command.ItemCode is not null)
        {
            var named = catalog.FindItem(command.ItemCode);
            return named?.DepartmentCode == command.DepartmentCode.Value ? named : null;
        }

        var current = catalog.FindItem(currentItemCode);
        return current?.DepartmentCode == command.DepartmentCode.Value ? current : null;
    }
}
