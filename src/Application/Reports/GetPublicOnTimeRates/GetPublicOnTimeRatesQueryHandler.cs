using MediatR;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Reports.GetPublicOnTimeRates;

/// <summary>The completion figures of the province, added up per department by the database; rates from <see cref="CompletionFigures"/>.</summary>
internal sealed class GetPublicOnTimeRatesQueryHandler(CompletionFiguresSource figures, ICatalog catalog, IRegionDirectory regions, TimeProvider clock)
    : IRequestHandler<GetPublicOnTimeRatesQuery, PublicOnTimeRatesDto>
{
    /// <summary>Whole months before the current one.</summary>
    public const int Months = 12;

    public async Task<PublicOnTimeRatesDto> Handle(GetPublicOnTimeRatesQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateOf(now);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-Months);
        var province = regions.ProvinceCode;

        var byDepartment = (await figures.FlowTotalsAsync(from, today, today, RegionCode.SubtreePrefixOf(province), cancellationToken))
            .GroupBy(f => f.DepartmentCode)
            .ToDictionary(g => g.Key, g => g.Aggregate(CompletionFigures.Zero, (sum, f) => sum.AddFlows(f.Flows)));

        var snapshot = await catalog.GetAsync(cancellationToken);
        var departments = snapshot.Departments
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .Select(d => Rate(d.Code, d.Name, d.NameEn, byDepartment.GetValueOrDefault(d.Code) ?? CompletionFigures.Zero))
            .ToList();
        var total = byDepartment.Values.Aggregate(CompletionFigures.Zero, (sum, f) => sum.AddFlows(f));
        return new PublicOnTimeRatesDto(
            from, today, province, CompletionFigures.MetricsVersion, ChinaTime.ToChinaOffset(now), departments, Rate("total", "合计", "Total", total));
    }

    private static PublicOnTimeRateDto Rate(string code, string name, string nameEn, CompletionFigures f) =>
        new(code, name, nameEn, f.Completed, f.CompletedOnTime, f.OnTimeRate);
}
