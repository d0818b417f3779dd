using FluentValidation;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Validation;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.SuperviseApplication;

internal sealed class SuperviseApplicationCommandValidator : AbstractValidator<SuperviseApplicationCommand>
{
    public SuperviseApplicationCommandValidator(IWorkingCalendarProvider calendars, TimeProvider clock)
    {
        RuleFor(c => c.Note).NotEmpty().WithMessage(_ => Text.Pick("请填写督办意见。", "Write the supervision note."))
            .MaximumLength(SupervisionNote.NoteMaxLength)
            .WithMessage(_ => Text.Pick($"督办意见最多 {SupervisionNote.NoteMaxLength} 个字。", $"The note can be at most {SupervisionNote.NoteMaxLength} characters."));
        RuleFor(c => c.Deadline).NotNull().WithMessage(_ => Text.Pick("请填写办理期限。", "Give the deadline."))
            .InServiceYears();
        RuleFor(c => c.Deadline)
            .MustAsync(async (deadline, cancellationToken) =>
                deadline > ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime) && (await calendars.GetAsync(cancellationToken)).IsWorkingDay(deadline!.Value))
            .When(c => c.Deadline is not null)
            .WithMessage(_ => Text.Pick("办理期限应为今天以后的工作日。", "The deadline must be a working day after today."));
    }
}
