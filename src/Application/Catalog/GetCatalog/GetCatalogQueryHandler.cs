using MediatR;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Application.Catalog.GetCatalog;

internal sealed class GetCatalogQueryHandler(ICatalog catalog) : IRequestHandler<GetCatalogQuery, CatalogDto>
{
    public async Task<CatalogDto> Handle(GetCatalogQuery request, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetAsync(cancellationToken);
        var departments = snapshot.Departments
            .Select(d => new DepartmentDto(
                d.Code,
                d.Name,
                d.NameEn,
                snapshot.Items.Where(i => i.DepartmentCode == d.Code).Select(ToDto).ToList()))
            .ToList();
        return new CatalogDto(snapshot.Version, snapshot.IntakeTimeLimitWorkingDays, departments);
    }

    private static ServiceItemDto ToDto(Domain.Catalog.ServiceItem i) => new(
        i.Code, i.Name, i.NameEn, i.DepartmentCode, i.Need, i.TimeLimitWorkingDays, i.MaxExtensionWorkingDays,
        i.Description, i.DescriptionEn, i.WhoCanApply, i.WhoCanApplyEn, i.Keywords,
        i.Fields.Select(f => new FieldDto(
            f.Key, f.Label, f.LabelEn, JsonNaming.CamelCase(f.Type.ToString()), f.Required, f.Min, f.Max, f.MaxLength, f.Hint, f.HintEn, f.Options)).ToList(),
        i.Documents);
}
