using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Sessions;

namespace ReliefPlatform.Domain.Staff;

/// <summary>
/// A member of staff. Caseworkers belong to one department in one county or township; supervisors to a region
/// (county, prefecture or province); administrators to the province. Signs in with a password and,
/// for supervisors and administrators always, a TOTP code; wrong ones in a row lock the account.
/// </summary>
public sealed class StaffUser
{
    public const int UsernameMaxLength = 64;
    public const int DisplayNameMaxLength = 50;
    public const int ProtectedSecretMaxLength = 128;

    private StaffUser()
    {
        Username = DisplayName = PasswordHash = RegionCode = string.Empty;
    }

    public StaffUser(string username, string displayName, Role role, Catalog.DepartmentCode? departmentCode, Regions.RegionCode regionCode)
        : this()
    {
        EnsureScope(role, departmentCode, regionCode);
        Id = Guid.CreateVersion7();
        Username = Guard.Text(username, UsernameMaxLength, "The username");
        DisplayName = Guard.Text(displayName, DisplayNameMaxLength, "The display name");
        Role = role;
        DepartmentCode = role == Role.Caseworker ? departmentCode?.Value : null;
        RegionCode = regionCode.Value;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public string Username { get; private set; }

    public string DisplayName { get; private set; }

    public string PasswordHash { get; private set; }

    public Role Role { get; private set; }

    public string? DepartmentCode { get; private set; }

    public string RegionCode { get; private set; }

    public bool IsDisabled { get; private set; }

    /// <summary>Changes with every change, so that two concurrent sign-ins cannot both count from the same failure count or both use one code.</summary>
    public Guid Version { get; private set; }

    /// <summary>Wrong passwords and codes since the last sign-in or lockout.</summary>
    public int FailedSignInCount { get; private set; }

    public DateTime? LockedUntil { get; private set; }

    /// <summary>Set for a generated one-time password: the next sign-in must replace it before anything else.</summary>
    public bool MustChangePassword { get; private set; }

    public DateTime? PasswordChangedAt { get; private set; }

    /// <summary>The TOTP secret in use, encrypted; null until enrolment is confirmed.</summary>
    public string? TotpSecret { get; private set; }

    /// <summary>A secret handed out for enrolment, encrypted, until a first code confirms it.</summary>
    public string? TotpPendingSecret { get; private set; }

    public DateTime? TotpEnabledAt { get; private set; }

    /// <summary>The time step of the last code accepted: that code, and any older one, is refused from then on.</summary>
    public long? TotpLastUsedStep { get; private set; }

    public bool HasTotp => TotpSecret is not null;

    /// <summary>Supervisors and administrators see and change a whole region's cases and accounts: a password alone is not enough.</summary>
    public bool RequiresTotp => Role is Role.Supervisor or Role.Administrator;

    public bool IsLockedAt(DateTime nowUtc) => LockedUntil > nowUtc;

    /// <summary>
    /// What this account still owes before a full session, once its password was right (and its TOTP code,
    /// when <paramref name="codeVerified"/>): the code, a new password, or TOTP enrolment, in that order.
    /// </summary>
    public SessionRestriction OutstandingSignInStep(bool codeVerified) =>
        HasTotp && !codeVerified ? SessionRestriction.SecondFactor
        : MustChangePassword ? SessionRestriction.PasswordChange
        : RequiresTotp && !HasTotp ? SessionRestriction.TotpEnrolment
        : SessionRestriction.None;

    /// <summary>
    /// Counts a wrong password or code, and locks the account when it is the policy's limit in a row;
    /// true when this failure locked it. Tries while locked neither count nor extend the lockout, so
    /// whoever locks an account out cannot keep it locked for longer than one period at a time.
    /// </summary>
    public bool RecordFailedSignIn(DateTime nowUtc, LockoutPolicy policy)
    {
        if (IsLockedAt(nowUtc))
        {
            return false;
        }

        Touch();
        FailedSignInCount++;
        if (FailedSignInCount < policy.MaxFailedAttempts)
        {
            return false;
        }

        FailedSignInCount = 0;
        LockedUntil = nowUtc + policy.Period;
        return true;
    }

    /// <summary>A complete sign-in: the count of failures starts again.</summary>
    public void RecordSignIn() => ClearFailures();

    public void Unlock() => ClearFailures();

    /// <summary>Replaces the password, on the <see cref="PasswordPolicy"/>.</summary>
    public void ChangePassword(string newPassword, Func<string, string> hash, DateTime nowUtc)
    {
        PasswordPolicy.Ensure(newPassword, Username);
        Touch();
        PasswordHash = hash(newPassword);
        PasswordChangedAt = nowUtc;
        MustChangePassword = false;
    }

    /// <summary>Gives a one-time password, on the <see cref="PasswordPolicy"/>, that the next sign-in must replace.</summary>
    public void GiveOneTimePassword(string password, Func<string, string> hash, DateTime nowUtc)
    {
        ChangePassword(password, hash, nowUtc);
        MustChangePassword = true;
    }

    /// <summary>
    /// Sets a password hash as it is, outside the <see cref="PasswordPolicy"/>: for Development demo
    /// accounts and test fixtures only, never for a password a person chooses.
    /// </summary>
    public void SetPasswordHash(string hash)
    {
        Touch();
        PasswordHash = hash;
    }

    /// <summary>Hands out a new secret (already encrypted) for enrolment; a second call replaces the first.</summary>
    public void StartTotpEnrolment(string protectedSecret)
    {
        if (HasTotp)
        {
            throw new DomainException(
                "totp-already-enrolled",
                Text.Pick("已绑定动态验证码；如需更换，请联系管理员重置。", "TOTP is already set up; ask an administrator to reset it to enrol again."));
        }

        Touch();
        TotpPendingSecret = Guard.Text(protectedSecret, ProtectedSecretMaxLength, "The protected secret");
    }

    /// <summary>Switches TOTP on when <paramref name="code"/> is right for the pending secret, given here decrypted.</summary>
    public TotpCheck ConfirmTotpEnrolment(ReadOnlySpan<byte> pendingSecret, string code, DateTime nowUtc)
    {
        if (TotpPendingSecret is null)
        {
            throw new DomainException("no-totp-enrolment", Text.Pick("请先开始绑定动态验证码。", "Start TOTP enrolment first."));
        }

        var check = Totp.Check(pendingSecret, code, nowUtc, null);
        if (check.AcceptedStep is { } step)
        {
            Touch();
            TotpSecret = TotpPendingSecret;
            TotpPendingSecret = null;
            TotpEnabledAt = nowUtc;
            TotpLastUsedStep = step;
        }

        return check;
    }

    /// <summary>Checks a sign-in code against the secret, given here decrypted; an accepted code cannot be used again.</summary>
    public TotpCheck UseTotpCode(ReadOnlySpan<byte> secret, string code, DateTime nowUtc)
    {
        if (!HasTotp)
        {
            throw new DomainException("no-totp", Text.Pick("此账号未绑定动态验证码。", "This account has no TOTP set up."));
        }

        var check = Totp.Check(secret, code, nowUtc, TotpLastUsedStep);
        if (check.AcceptedStep is { } step)
        {
            Touch();
            TotpLastUsedStep = step;
        }

        return check;
    }

    /// <summary>Forgets the second factor (a lost phone): supervisors and administrators enrol again at their next sign-in.</summary>
    public void ResetTotp()
    {
        Touch();
        TotpSecret = TotpPendingSecret = null;
        TotpEnabledAt = null;
        TotpLastUsedStep = null;
    }

    public void Disable()
    {
        Touch();
        IsDisabled = true;
    }

    public void Enable()
    {
        Touch();
        IsDisabled = false;
    }

    /// <summary>Gives the account another role, department or region, on the same rules as a new one; false when nothing changed.</summary>
    public bool Rescope(Role role, Catalog.DepartmentCode? departmentCode, Regions.RegionCode regionCode)
    {
        EnsureScope(role, departmentCode, regionCode);
        var department = role == Role.Caseworker ? departmentCode?.Value : null;
        if (role == Role && department == DepartmentCode && regionCode.Value == RegionCode)
        {
            return false;
        }

        Touch();
        Role = role;
        DepartmentCode = department;
        RegionCode = regionCode.Value;
        return true;
    }

    private static void EnsureScope(Role role, Catalog.DepartmentCode? departmentCode, Regions.RegionCode regionCode)
    {
        // One role type serves residents, staff and the system; an account can only be staff.
        if (!role.IsStaff())
        {
            throw new DomainException("staff-role-required", Text.Pick("员工账号的角色应为经办人、督办员或管理员。", "A staff account is a caseworker, a supervisor or an administrator."));
        }

        if (role == Role.Caseworker && departmentCode is null)
        {
            throw new DomainException("department-required", Text.Pick("经办人必须属于一个部门。", "A caseworker belongs to a department."));
        }

        // A township's officials (9 digits) hold the stages the procedure gives the township.
        if (role == Role.Caseworker && regionCode.Value.Length is not (Regions.RegionCode.CountyLength or Regions.RegionCode.TownshipLength))
        {
            throw new DomainException("county-required", Text.Pick("经办人必须属于一个县（市、区）或乡镇（街道）。", "A caseworker belongs to a county or a township."));
        }
    }

    private void ClearFailures()
    {
        if (FailedSignInCount != 0 || LockedUntil is not null)
        {
            Touch();
            FailedSignInCount = 0;
            LockedUntil = null;
        }
    }

    private void Touch() => Version = Guid.NewGuid();
}
