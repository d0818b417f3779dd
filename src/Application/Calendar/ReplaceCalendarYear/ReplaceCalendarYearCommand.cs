using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Calendar.ReplaceCalendarYear;

/// <summary>
/// Replaces a year's holidays and make-up working days, as the State Council publishes them each
/// November. Open applications keep the working days they had left; their due dates move accordingly,
/// saved a batch at a time within the command's one transaction.
/// </summary>
[Authorize(Role.Administrator)]
public sealed record ReplaceCalendarYearCommand(int Year, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> Workdays)
    : ICommand<ReplaceCalendarYearResult>, ITransactionalCommand, ISavesInSteps;

public sealed record ReplaceCalendarYearResult(int Year, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> Workdays, int Rescheduled);
