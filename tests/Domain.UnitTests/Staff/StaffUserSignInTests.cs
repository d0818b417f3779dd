using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Domain.Sessions;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Domain.UnitTests.Staff;

public class StaffUserSignInTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc);
    private static readonly LockoutPolicy Policy = new(5, TimeSpan.FromMinutes(15));
    private static readonly byte[] Secret = "12345678901234567890"u8.ToArray();

    [Fact]
    public void RecordFailedSignIn_FourTimes_DoesNotLock()
    {
        var user = Caseworker();

        var locked = Enumerable.Range(0, 4).Select(_ => user.RecordFailedSignIn(Now, Policy)).ToList();

        Assert.DoesNotContain(true, locked);
        Assert.Equal(4, user.FailedSignInCount);
        Assert.False(user.IsLockedAt(Now));
    }

    [Fact]
    public void RecordFailedSignIn_TheFifthInARow_LocksForThePeriod()
    {
        var user = Caseworker();
        FailTimes(user, 4);

        var locked = user.RecordFailedSignIn(Now, Policy);

        Assert.True(locked);
        Assert.Equal(Now + Policy.Period, user.LockedUntil);
        Assert.True(user.IsLockedAt(Now + Policy.Period - TimeSpan.FromSeconds(1)));
        Assert.False(user.IsLockedAt(Now + Policy.Period));
    }

    [Fact]
    public void RecordFailedSignIn_WhileLocked_NeitherCountsNorExtends()
    {
        var user = Caseworker();
        FailTimes(user, 5);
        var until = user.LockedUntil;

        var locked = user.RecordFailedSignIn(Now.AddMinutes(5), Policy);

        Assert.False(locked);
        Assert.Equal(until, user.LockedUntil);
        Assert.Equal(0, user.FailedSignInCount);
    }

    [Fact]
    public void RecordSignIn_ResetsTheCount()
    {
        var user = Caseworker();
        FailTimes(user, 4);

        user.RecordSignIn();
        var locked = user.RecordFailedSignIn(Now, Policy);

        Assert.False(locked);
        Assert.Equal(1, user.FailedSignInCount);
    }

    [Fact]
    public void Unlock_LiftsTheLockoutAtOnce()
    {
        var user = Caseworker();
        FailTimes(user, 5);

        user.Unlock();

        Assert.False(user.IsLockedAt(Now));
        Assert.Null(user.LockedUntil);
    }

    [Fact]
    public void ChangePassword_WhenWeak_ThrowsAndKeepsTheOldHash()
    {
        var user = Caseworker();
        user.SetPasswordHash("old");

        var error = Assert.Throws<WeakPasswordException>(() => user.ChangePassword("short", p => "hash:" + p, Now));

        Assert.Equal("weak-password", error.Code);
        Assert.Equal("old", user.PasswordHash);
    }

    [Fact]
    public void GiveOneTimePassword_RequiresAChangeAtTheNextSignIn_AndChangingItClearsThat()
    {
        var user = Caseworker();

        user.GiveOneTimePassword("k7Qm-xR4t-Pz9w-Hn2c", p => "hash:" + p, Now);
        var owedFirst = user.OutstandingSignInStep(codeVerified: false);
        user.ChangePassword("a new long passphrase", p => "hash:" + p, Now);

        Assert.Equal(SessionRestriction.PasswordChange, owedFirst);
        Assert.Equal(SessionRestriction.None, user.OutstandingSignInStep(codeVerified: false));
        Assert.Equal("hash:a new long passphrase", user.PasswordHash);
    }

    [Fact]
    public void OutstandingSignInStep_ForASupervisorWithoutTotp_IsEnrolment()
    {
        var supervisor = new StaffUser("sup-530102", "督办员", Role.Supervisor, null, RegionCode.Parse("530102"));

        Assert.Equal(SessionRestriction.TotpEnrolment, supervisor.OutstandingSignInStep(codeVerified: false));
    }

    [Fact]
    public void OutstandingSignInStep_WithTotp_IsTheCodeThenNothing()
    {
        var supervisor = new StaffUser("sup-530102", "督办员", Role.Supervisor, null, RegionCode.Parse("530102"));
        Enrol(supervisor);

        Assert.Equal(SessionRestriction.SecondFactor, supervisor.OutstandingSignInStep(codeVerified: false));
        Assert.Equal(SessionRestriction.None, supervisor.OutstandingSignInStep(codeVerified: true));
    }

    [Fact]
    public void ConfirmTotpEnrolment_WithAWrongCode_LeavesTotpOff()
    {
        var user = Caseworker();
        user.StartTotpEnrolment("v1:protected");

        var check = user.ConfirmTotpEnrolment(Secret, "000000", Now);

        Assert.False(check.IsAccepted);
        Assert.False(user.HasTotp);
        Assert.Equal("v1:protected", user.TotpPendingSecret);
    }

    [Fact]
    public void UseTotpCode_TheSameCodeTwice_IsRefusedTheSecondTime()
    {
        var user = Caseworker();
        Enrol(user);
        var later = Now.AddMinutes(10);
        var code = Totp.Code(Secret, Totp.StepAt(later));

        var first = user.UseTotpCode(Secret, code, later);
        var second = user.UseTotpCode(Secret, code, later.AddSeconds(5));

        Assert.True(first.IsAccepted);
        Assert.True(second.IsReplay);
        Assert.Equal(Totp.StepAt(later), user.TotpLastUsedStep);
    }

    [Fact]
    public void StartTotpEnrolment_WhenAlreadyOn_Throws()
    {
        var user = Caseworker();
        Enrol(user);

        Assert.Equal("totp-already-enrolled", Assert.Throws<DomainException>(() => user.StartTotpEnrolment("v1:other")).Code);
    }

    [Fact]
    public void ResetTotp_ForgetsTheSecret_SoASupervisorMustEnrolAgain()
    {
        var supervisor = new StaffUser("sup-530102", "督办员", Role.Supervisor, null, RegionCode.Parse("530102"));
        Enrol(supervisor);

        supervisor.ResetTotp();

        Assert.False(supervisor.HasTotp);
        Assert.Null(supervisor.TotpLastUsedStep);
        Assert.Equal(SessionRestriction.TotpEnrolment, supervisor.OutstandingSignInStep(codeVerified: false));
    }

    [Fact]
    public void Rescope_ToACaseworkerWithoutDepartment_ThrowsAndKeepsTheScope()
    {
        var supervisor = new StaffUser("sup-530102", "督办员", Role.Supervisor, null, RegionCode.Parse("530102"));

        var error = Assert.Throws<DomainException>(() => supervisor.Rescope(Role.Caseworker, null, RegionCode.Parse("530102")));

        Assert.Equal("department-required", error.Code);
        Assert.Equal(Role.Supervisor, supervisor.Role);
    }

    [Fact]
    public void Rescope_ToTheSameScope_ChangesNothing()
    {
        var user = Caseworker();
        var version = user.Version;

        Assert.False(user.Rescope(Role.Caseworker, DepartmentCode.Parse("civil"), RegionCode.Parse("530102")));
        Assert.Equal(version, user.Version);
        Assert.True(user.Rescope(Role.Supervisor, DepartmentCode.Parse("civil"), RegionCode.Parse("530100")));
        Assert.Null(user.DepartmentCode);
    }

    private static StaffUser Caseworker() => new("cw-civil-530102", "经办人", Role.Caseworker, DepartmentCode.Parse("civil"), RegionCode.Parse("530102"));

    private static void FailTimes(StaffUser user, int times)
    {
        for (var i = 0; i < times; i++)
        {
            user.RecordFailedSignIn(Now, Policy);
        }
    }

    private static void Enrol(StaffUser user)
    {
        user.StartTotpEnrolment("v1:protected");
        Assert.True(user.ConfirmTotpEnrolment(Secret, Totp.Code(Secret, Totp.StepAt(Now)), Now).IsAccepted);
    }
}
