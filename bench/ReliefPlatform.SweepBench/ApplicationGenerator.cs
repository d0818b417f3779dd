using System.Globalization;
using System.Text.Json;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.SweepBench;

/// <summary>
/// Open applications as a province would hold them, built with the domain (Submit, Accept,
/// RequestInformation) so that every column and history entry is what the service writes. Items are
/// drawn from the catalog, places from the province's counties and townships, statuses 40% Submitted,
/// 50% Accepted, 10% InfoRequested. Due dates are drawn around today so that about 3% are past the
/// escalation line, 10% overdue in all and 5% in the reminder window; the remaining 85% fall up to 40 days
/// ahead. Where the item's time limit cannot produce the drawn due date from a date in the past (a
/// Submitted case has one working day for intake), the drawn date is stored instead: the sweep reads only
/// Status and DueDate.
/// </summary>
internal sealed class ApplicationGenerator
{
    // Space of distinct (birth date, sequence) pairs, and a multiplier coprime to it: index → unique pair.
    private const long IdSpace = 25_000L * 1000;
    private const long IdMultiplier = 7_919_423;
    private const long TrackingSpace = 100_000_000;
    private const long TrackingMultiplier = 48_271_237;

    internal static readonly string[] FamilyNames = ["李", "王", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗", "高", "段", "普", "岩", "刀", "和"];
    internal static readonly string[] GivenNames = ["秀英", "桂英", "建华", "志强", "玉兰", "永福", "国华", "春梅", "小明", "文", "勇", "丽", "云", "海燕", "金花", "正荣", "德明", "翠芬", "家旺", "红"];
    private static readonly string[] Descriptions =
    [
        "丈夫去年因病去世，家里三口人只靠我打零工，孩子还在上学。",
        "老人常年生病吃药，家里收入不够开销。",
        "房子雨季漏雨，墙也裂了，住着不安全。",
        "孩子考上了高中，家里交不起学费。",
        "村里的水管坏了一个多月，吃水要走很远去挑。",
        "在外地住院花了很多钱，想申请报销和救助。",
    ];

    private readonly Random _random;
    private readonly IReadOnlyList<ServiceItem> _items;
    private readonly Dictionary<string, string> _answers;
    private readonly List<(string County, IReadOnlyList<string> Places)> _counties;
    private readonly WorkingCalendar _calendar;
    private readonly int _intakeDays;
    private readonly DateTime _nowUtc;
    private readonly DateOnly _today;
    private readonly DateOnly _remindUpTo;
    private readonly DateOnly _escalateBefore;
    private readonly Actor _caseworker = new(Role.Caseworker, Guid.CreateVersion7());
    private long _next;

    private readonly IPersonalDataIndex _personalData;

    public ApplicationGenerator(
        CatalogSnapshot catalog, WorkingCalendar calendar, IRegionDirectory regions, DeadlinePolicy policy, IPersonalDataIndex personalData, DateTime nowUtc, int seed, long firstIndex)
    {
        _personalData = personalData;
        _random = new Random(seed ^ (int)firstIndex);
        _items = catalog.Items;
        _answers = catalog.Items.ToDictionary(i => i.Code, AnswersFor, StringComparer.Ordinal);
        _counties = Counties(regions);
        _calendar = calendar;
        _intakeDays = catalog.IntakeTimeLimitWorkingDays;
        _nowUtc = nowUtc;
        _today = ChinaTime.DateOf(nowUtc);
        _remindUpTo = policy.RemindUpTo(_today, calendar);
        _escalateBefore = policy.EscalateBefore(_today, calendar);
        _next = firstIndex;
    }

    public int CountyCount => _counties.Count;

    public DateOnly Today => _today;

    /// <summary>How many due dates were stored as drawn rather than as the domain computed them.</summary>
    public long DueDatesSetDirectly { get; private set; }

    /// <summary>
    /// A year of traffic for the report benchmark: filed on any day of the last 365, most decided since
    /// (6% not accepted at intake, 62% approved, 20% rejected, about 85% of decisions on time), the rest
    /// still open from the last 60 days.
    /// </summary>
    public GeneratedApplication NextOfYear()
    {
        var index = _next++;
        var item = _items[_random.Next(_items.Count)];
        var (county, places) = _counties[_random.Next(_counties.Count)];
        var roll = _random.NextDouble();
        var open = roll >= 0.88;
        var submittedOn = _today.AddDays(-(open ? _random.Next(0, 60) : _random.Next(1, 366)));
        var submittedAt = At(submittedOn, 8 + _random.Next(0, 10), _random.Next(0, 60));
        var resident = Guid.CreateVersion7();
        var application = ReliefApplication.Submit(
            TrackingNumber(index, submittedAt), item, RegionCode.Parse(places[_random.Next(places.Count)]),
            NewApplicant(IdNumber(index, county)),
            _answers[item.Code], Descriptions[_random.Next(Descriptions.Length)], FilingChannel.Resident, resident,
            new Actor(Role.Resident, resident), submittedAt, _calendar, _intakeDays);

        var actedAt = Later(submittedAt, submittedAt.AddHours(_random.Next(1, 40)));
        if (roll < 0.06)
        {
            application.NotAccept(_caseworker, actedAt, _calendar, "不符合申请条件");
        }
        else if (!open || _random.Next(3) > 0)
        {
            application.Accept(_caseworker, actedAt, _calendar, item.TimeLimitWorkingDays);
            if (!open)
            {
                // Up to 1.6 × the time limit in calendar days: most decisions on time, some late.
                var decidedAt = Later(actedAt, actedAt.AddDays(_random.Next(0, (int)(item.TimeLimitWorkingDays * 1.6) + 2)).AddHours(_random.Next(0, 6)));
                if (roll < 0.68)
                {
                    application.Approve(_caseworker, decidedAt, _calendar, "符合条件", null);
                }
                else
                {
                    application.Reject(_caseworker, decidedAt, _calendar, "不符合条件");
                }
            }
        }

        return new GeneratedApplication(application, application.DueDate);
    }

    public GeneratedApplication Next()
    {
        var index = _next++;
        var item = _items[_random.Next(_items.Count)];
        var (county, places) = _counties[_random.Next(_counties.Count)];
        var place = places[_random.Next(places.Count)];
        var roll = _random.NextDouble();
        var status = roll < 0.40 ? ApplicationStatus.Submitted : roll < 0.90 ? ApplicationStatus.Accepted : ApplicationStatus.InfoRequested;
        var due = DrawDueDate();

        var actedOn = status == ApplicationStatus.Submitted
            ? _calendar.SubtractWorkingDays(due, _intakeDays)
            : _calendar.SubtractWorkingDays(due, item.TimeLimitWorkingDays);
        if (actedOn > _today)
        {
            actedOn = _today.AddDays(-_random.Next(0, 3));
        }

        var submittedOn = status == ApplicationStatus.Submitted ? actedOn : actedOn.AddDays(-_random.Next(0, 4));
        var submittedAt = At(submittedOn, 8 + _random.Next(0, 10), _random.Next(0, 60));
        var resident = Guid.CreateVersion7();
        var channel = _random.Next(10) switch
        {
            < 8 => FilingChannel.Resident,
            8 => FilingChannel.OnBehalf,
            _ => FilingChannel.Official,
        };
        var filer = channel == FilingChannel.Resident ? new Actor(Role.Resident, resident) : _caseworker;
        var application = ReliefApplication.Submit(
            TrackingNumber(index, submittedAt),
            item,
            RegionCode.Parse(place),
            NewApplicant(IdNumber(index, county)),
            _answers[item.Code],
            Descriptions[_random.Next(Descriptions.Length)],
            channel,
            channel == FilingChannel.Resident ? resident : null,
            filer,
            submittedAt,
            _calendar,
            _intakeDays);

        if (status != ApplicationStatus.Submitted)
        {
            var acceptedAt = Later(submittedAt, At(actedOn, 9 + _random.Next(0, 8), _random.Next(0, 60)));
            application.Accept(_caseworker, acceptedAt, _calendar, item.TimeLimitWorkingDays);
            if (status == ApplicationStatus.InfoRequested)
            {
                var requestedAt = Later(acceptedAt, acceptedAt.AddDays(_random.Next(0, 6)).AddHours(_random.Next(0, 5)));
                application.RequestInformation(_caseworker, requestedAt, "请补充户口本和收入证明的复印件。");
            }
        }

        if (application.DueDate != due)
        {
            DueDatesSetDirectly++;
        }

        return new GeneratedApplication(application, due);
    }

    /// <summary>The sweep's zones on today's calendar, by share of all applications.</summary>
    private DateOnly DrawDueDate()
    {
        var roll = _random.NextDouble();
        var (from, to) = roll switch
        {
            < 0.03 => (_today.AddDays(-40), _escalateBefore.AddDays(-1)),
            < 0.10 => (_escalateBefore, _today.AddDays(-1)),
            < 0.15 => (_today, _remindUpTo),
            _ => (_remindUpTo.AddDays(1), _today.AddDays(40)),
        };

        // Due dates are working days, as the domain computes them; the zones' ends always are.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var date = from.AddDays(_random.Next(0, to.DayNumber - from.DayNumber + 1));
            if (_calendar.IsWorkingDay(date))
            {
                return date;
            }
        }

        return to;
    }

    private DateTime Later(DateTime notBefore, DateTime wanted)
    {
        var at = wanted < notBefore ? notBefore.AddMinutes(_random.Next(5, 120)) : wanted;
        return at > _nowUtc ? _nowUtc : at;
    }

    private DateTime At(DateOnly chinaDate, int hour, int minute)
    {
        var at = new DateTimeOffset(chinaDate.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(8)).UtcDateTime;
        return at > _nowUtc ? _nowUtc.AddMinutes(-_random.Next(1, 60)) : at;
    }

    private string Name() => FamilyNames[_random.Next(FamilyNames.Length)] + GivenNames[_random.Next(GivenNames.Length)];

    private string Phone() => "1" + "3578"[_random.Next(4)] + _random.Next(0, 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture);

    /// <summary>Registered in <paramref name="county"/>; birth date and sequence unique per index, so the open-case key is too.</summary>
    internal static string IdNumber(long index, string county)
    {
        var scrambled = index % IdSpace * IdMultiplier % IdSpace;
        var birth = new DateOnly(1940, 1, 1).AddDays((int)(scrambled / 1000));
        var first17 = county + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (scrambled % 1000).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.CheckCharacterOf(first17);
    }

    /// <summary>As the service writes it (China date of filing, a dash, eight digits); the digits are unique per index.</summary>
    private static string TrackingNumber(long index, DateTime submittedAt) =>
        ChinaTime.DateOf(submittedAt).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-" +
        (index % TrackingSpace * TrackingMultiplier % TrackingSpace).ToString("D8", CultureInfo.InvariantCulture);

    internal static List<(string County, IReadOnlyList<string> Places)> Counties(IRegionDirectory regions)
    {
        var counties = new List<(string, IReadOnlyList<string>)>();
        foreach (var prefecture in regions.ChildrenOf(regions.ProvinceCode))
        {
            foreach (var county in regions.ChildrenOf(prefecture.Code).Where(r => r.Level == RegionLevel.County))
            {
                var townships = regions.ChildrenOf(county.Code).Where(r => r.Level == RegionLevel.Township).Select(r => r.Code).ToList();
                counties.Add((county.Code, townships.Count > 0 ? townships : [county.Code]));
            }
        }

        return counties.Count > 0 ? counties : throw new BenchException("The region data has no counties.");
    }

    /// <summary>One valid answer sheet per item, canonicalised by the domain's own check.</summary>
    private static string AnswersFor(ServiceItem item)
    {
        var answers = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var field in item.Fields)
        {
            answers[field.Key] = field.Type switch
            {
                FieldType.Integer or FieldType.Money => Math.Max(field.Min ?? 0, Math.Min(field.Max ?? 3, 3)),
                FieldType.Boolean => true,
                FieldType.Select => field.Options![0].Value,
                FieldType.Date => "2026-03-01",
                _ => "昆明市第一人民医院",
            };
        }

        using var document = JsonDocument.Parse(JsonSerializer.Serialize(answers));
        var (json, errors) = AnswerSheet.Check(item, document.RootElement);
        return errors.Count == 0
            ? json
            : throw new BenchException($"Could not build answers for {item.Code}: {string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(",", e.Value)}"))}");
    }

    private Applicant NewApplicant(string idNumber)
    {
        var id = ResidentIdNumber.Parse(idNumber, _today);
        return Applicant.Create(Name(), id, MobileNumber.Parse(Phone()), _personalData.OfIdNumber(id.Value));
    }
}

internal sealed record GeneratedApplication(ReliefApplication Application, DateOnly DueDate);
