using FluentValidation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;

internal sealed class TakeStatisticsSnapshotCommandValidator : AbstractValidator<TakeStatisticsSnapshotCommand>
{
    public TakeStatisticsSnapshotCommandValidator(TimeProvider clock) =>
        RuleFor(c => c.Day)
            .Must(day => day is null || day < ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime))
            .WithMessage(_ => Text.Pick("只能统计已经结束的日期。", "Only a finished day can be recorded."));
}
