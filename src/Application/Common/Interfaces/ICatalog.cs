using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Common.Interfaces;

/// <summary>The service catalog (departments and items), loaded from the database and cached.</summary>
public interface ICatalog
{
    Task<CatalogSnapshot> GetAsync(CancellationToken cancellationToken);
}

public sealed class CatalogSnapshot(IReadOnlyList<Department> departments, IReadOnlyList<ServiceItem> items, int intakeTimeLimitWorkingDays, string version)
{
    private readonly Dictionary<string, ServiceItem> _items = items.ToDictionary(i => i.Code, StringComparer.Ordinal);

    public IReadOnlyList<Department> Departments { get; } = departments;

    public IReadOnlyList<ServiceItem> Items { get; } = items;

    public int IntakeTimeLimitWorkingDays { get; } = intakeTimeLimitWorkingDays;

    public string Version { get; } = version;

    /// <summary>Working days a resident has to answer an information request, from the day it was asked.</summary>
    public int SupplementTimeLimitWorkingDays { get; init; } = 10;

    /// <summary>Working days a county has to route or answer a help request (求助), from the day it was filed.</summary>
    public int HelpRequestTimeLimitWorkingDays { get; init; } = 3;
    /// <summary>复核: the period to ask for a review and the working days to answer it (ADR 0042).</summary>
    public AppealRules Appeal { get; init; } = AppealRules.Default;

    /// <summary>Short names of departments and items for text messages, by code; a code without one uses its full name.</summary>
    public IReadOnlyDictionary<string, string> SmsNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The last day to answer an information request asked on <paramref name="askedOn"/>.</summary>
    public DateOnly AnswerBy(DateOnly askedOn, WorkingCalendar calendar) => calendar.AddWorkingDays(askedOn, SupplementTimeLimitWorkingDays);

    /// <summary>The short name of a department or item for a text message.</summary>
    public string SmsName(string code, string fullName) => SmsNames.TryGetValue(code, out var name) ? name : fullName;

    public ServiceItem? FindItem(string? code) => code is not null && _items.TryGetValue(code, out var item) ? item : null;

    public ServiceItem? FindItem(ItemCode? code) => FindItem(code?.Value);

    public bool HasDepartment(string? code) => Departments.Any(d => d.Code == code);

    public bool HasDepartment(DepartmentCode? code) => HasDepartment(code?.Value);

    /// <summary>The department's name in the caller's language, or the code when it is unknown.</summary>
    public string DepartmentName(string code) =>
        Departments.FirstOrDefault(d => d.Code == code) is { } department ? Text.Pick(department.Name, department.NameEn) : code;
}
