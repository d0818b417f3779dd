using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Domain.Residents;
using ReliefPlatform.Domain.UnitTests.Calendar;

namespace ReliefPlatform.Domain.UnitTests.Applications;

/// <summary>Builds applications in any status with sensible defaults (Monday 2026-02-09, 09:00 China time).</summary>
internal sealed class ApplicationBuilder
{
    public static readonly ServiceItem Dibao = new(ItemCode.Parse("civil.dibao"), DepartmentCode.Parse("civil"), "最低生活保障", "Minimum living allowance", "living", 30, 15);
    public static readonly ServiceItem StudentAid = new(ItemCode.Parse("edu.student-aid"), DepartmentCode.Parse("edu"), "学生资助", "Student aid", "education", 20, 0);
    public static readonly UrgentTrackRules UrgentTrack = new("urgent", 48, 5, [40, 24]);
    public static readonly Actor Resident = new(Role.Resident, Guid.NewGuid());
    public static readonly Actor Caseworker = new(Role.Caseworker, Guid.NewGuid());

    /// <summary>The colleague who refused the case under appeal (复核), so that <see cref="Caseworker"/> may review it.</summary>
    public static readonly Actor Decider = new(Role.Caseworker, Guid.NewGuid());
    public static readonly WorkingCalendar Calendar = Calendars.Official;

    private DateTime _submittedAt = new(2026, 2, 9, 1, 0, 0, DateTimeKind.Utc);

    public ApplicationBuilder SubmittedAt(DateTime utc)
    {
        _submittedAt = utc;
        return this;
    }

    public ReliefApplication Build() => ReliefApplication.Submit(
        "20260209-00000001",
        Dibao,
        RegionCode.Parse("530102001"),
        Applicant.Create("张三", ResidentIdNumber.Parse("530102196001011238", new DateOnly(2026, 1, 1)), MobileNumber.Parse("13800138000"), "bi1:index-of-530102196001011238"),
        """{"householdSize":3}""",
        "家里困难",
        FilingChannel.Resident,
        Resident.Id,
        Resident,
        _submittedAt,
        Calendar,
        intakeTimeLimitWorkingDays: 1);

    public ReliefApplication InStatus(ApplicationStatus status)
    {
        var a = Build();
        var t = _submittedAt.AddHours(1);
        switch (status)
        {
            case ApplicationStatus.Submitted:
                break;
            case ApplicationStatus.Accepted:
                a.Accept(Caseworker, t, Calendar, Dibao.TimeLimitWorkingDays);
                break;
            case ApplicationStatus.InfoRequested:
                a.Accept(Caseworker, t, Calendar, Dibao.TimeLimitWorkingDays);
                a.RequestInformation(Caseworker, t, "请补充户口簿照片");
                break;
            case ApplicationStatus.Approved:
                a.Accept(Caseworker, t, Calendar, Dibao.TimeLimitWorkingDays);
                a.Approve(Caseworker, t, Calendar, "符合条件", "每月450元");
                break;
            case ApplicationStatus.Rejected:
                a.Accept(Caseworker, t, Calendar, Dibao.TimeLimitWorkingDays);
                a.Reject(Caseworker, t, Calendar, "收入超过标准");
                break;
            case ApplicationStatus.NotAccepted:
                a.NotAccept(Caseworker, t, Calendar, "不属于本地户籍");
                break;
            case ApplicationStatus.Withdrawn:
                a.Withdraw(Resident, t, null);
                break;
            case ApplicationStatus.UnderAppeal:
                a.Accept(Decider, t, Calendar, Dibao.TimeLimitWorkingDays);
                a.Reject(Decider, t, Calendar, "收入超过标准");
                a.FileAppeal(Resident, t.AddDays(1), Calendar, AppealRules.Default, "我家的收入算错了，去年打工的钱已经没有了。");
                break;
            case ApplicationStatus.Merged:
                var first = Build();
                a.MarkPossibleDuplicateOf(first.Id);
                a.MergeInto(first, Caseworker, t);
                break;
        }

        a.ClearDomainEvents();
        return a;
    }
}
