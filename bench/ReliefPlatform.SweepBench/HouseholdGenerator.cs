using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.SweepBench;

/// <summary>
/// Households on a province's monitoring register, built with the domain (<see cref="Household.Record"/>,
/// then <see cref="Household.Apply"/> with the rules' assessment under the figures in force, as
/// registration evaluates them): 1–6 members, registered in a township of one of the province's
/// counties, incomes spread around the lines so that a change of the lines moves some of them.
/// </summary>
/// <remarks>
/// Incomes per person: 40% drawn evenly from 2,500–9,500 yuan (across the poverty, warning and
/// monitoring lines), 60% from 9,500–30,000. 10% have a hardship (half of them with unavoidable
/// spending of 10,000–40,000 yuan, the rest under the large-spending line); 45% were registered poor.
/// Member ID numbers come from <see cref="IdNumberPool"/>: valid, encrypted once, reused.
/// </remarks>
internal sealed class HouseholdGenerator(
    IRegionDirectory regions, MonitoringRuleSet rules, IReadOnlyList<MonitoringThresholds> thresholds, int year, IdNumberPool pool, DateTime nowUtc, int seed)
{
    private static readonly int[] MemberWeights = [10, 20, 25, 25, 12, 8];
    private static readonly string[] Relations = ["spouse", "child", "child", "parent", "grandchild", "sibling"];
    private static readonly Hardship[] Hardships = [Hardship.SeriousIllness, Hardship.Disability, Hardship.Disaster, Hardship.SchoolingCosts, Hardship.LossOfWork, Hardship.Epidemic];

    private readonly Random _random = new(seed);
    private readonly List<(string County, IReadOnlyList<string> Places)> _counties = ApplicationGenerator.Counties(regions);
    private readonly Guid _official = Guid.CreateVersion7();

    public int CountyCount => _counties.Count;

    /// <summary>The next household, evaluated; its members' pool entries in <paramref name="members"/> (cleared first).</summary>
    public Household Next(List<IdNumberPool.Entry> members)
    {
        var (_, places) = _counties[_random.Next(_counties.Count)];
        var region = places[_random.Next(places.Count)];
        members.Clear();
        var count = MemberCount();
        var first = _random.Next(pool.Count);
        var list = new List<HouseholdMember>(count);
        for (var i = 0; i < count; i++)
        {
            var entry = pool[(first + i) % pool.Count];
            members.Add(entry);
            list.Add(new HouseholdMember(Name(), entry.IdNumber, entry.IdIndex, i == 0 ? "head" : Relations[_random.Next(Relations.Length)]));
        }

        var income = _random.NextDouble() < 0.4 ? Amount(2_500, 9_500) : Amount(9_500, 30_000);
        var hardships = Hardship.None;
        var spending = Amount(0, 6_000);
        if (_random.NextDouble() < 0.10)
        {
            hardships = Hardships[_random.Next(Hardships.Length)];
            spending = _random.Next(2) == 0 ? Amount(10_000, 40_000) : Amount(1_000, 9_999);
        }

        var household = new Household(RegionCode.Parse(region), list[0].Name, _official, nowUtc);
        household.Record(list[0].Name, list, income, spending, hardships, formerlyPoor: _random.NextDouble() < 0.45, nowUtc);
        Evaluate(household);
        return household;
    }

    /// <summary>What registration does (HouseholdEvaluator.Evaluate): the rules under the figures in force, both explanations.</summary>
    private void Evaluate(Household household)
    {
        var current = MonitoringThresholds.For(thresholds, year, household.RegionCode)
            ?? throw new BenchException($"No monitoring thresholds cover {household.RegionCode} in {year}.");
        var facts = household.Facts;
        var assessment = rules.Evaluate(facts, current);
        household.Apply(assessment, english => Cut(rules.Explain(assessment, facts, current, english)), _official, nowUtc);
    }

    private static string Cut(string text) => text.Length <= 500 ? text : text[..500];

    private int MemberCount()
    {
        var roll = _random.Next(MemberWeights.Sum());
        for (var i = 0; i < MemberWeights.Length; i++)
        {
            roll -= MemberWeights[i];
            if (roll < 0)
            {
                return i + 1;
            }
        }

        return MemberWeights.Length;
    }

    private decimal Amount(int from, int to) => _random.Next(from * 100, to * 100) / 100m;

    private string Name() =>
        ApplicationGenerator.FamilyNames[_random.Next(ApplicationGenerator.FamilyNames.Length)] + ApplicationGenerator.GivenNames[_random.Next(ApplicationGenerator.GivenNames.Length)];
}

/// <summary>
/// Valid ID numbers of the province's counties, each with its blind index and its ciphertext as the
/// service stores it (the model's own value converter), computed once: a million households' members
/// reuse them, so rows are as wide as real ones without encrypting 3.4 million values.
/// </summary>
internal sealed class IdNumberPool
{
    private readonly Entry[] _entries;

    public IdNumberPool(IRegionDirectory regions, IPersonalDataIndex index, ColumnShape idNumberColumn, int size)
    {
        var counties = ApplicationGenerator.Counties(regions);
        _entries = new Entry[size];
        for (var i = 0; i < size; i++)
        {
            var idNumber = ApplicationGenerator.IdNumber(i, counties[i % counties.Count].County);
            _entries[i] = new Entry(idNumber, index.OfIdNumber(idNumber), idNumberColumn.ToProvider(idNumber)!);
        }
    }

    public int Count => _entries.Length;

    public Entry this[int i] => _entries[i];

    public sealed record Entry(string IdNumber, string IdIndex, object StoredIdNumber);
}
