using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Domain.Catalog;

namespace ReliefPlatform.Infrastructure.Persistence.Seeding;

/// <summary>Brings the catalog tables in line with the catalog file: adds new entries, updates changed ones.</summary>
internal static class CatalogSeeder
{
    public static async Task SeedAsync(ReliefDbContext db, CatalogFile file, CancellationToken cancellationToken)
    {
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, cancellationToken);
        var items = await db.ServiceItems.ToDictionaryAsync(i => i.Code, cancellationToken);
        var order = 0;
        foreach (var (entry, departmentOrder) in file.Document.Departments.Select((d, i) => (d, i)))
        {
            // A malformed code in the file stops the load here rather than reaching a request.
            var departmentCode = DepartmentCode.Parse(entry.Code);
            if (departments.TryGetValue(entry.Code, out var department))
            {
                department.Rename(entry.Name, entry.NameEn, departmentOrder);
            }
            else
            {
                db.Departments.Add(new Department(departmentCode, entry.Name, entry.NameEn, departmentOrder));
            }

            foreach (var i in entry.Items)
            {
                if (!items.TryGetValue(i.Code, out var item))
                {
                    item = new ServiceItem(ItemCode.Parse(i.Code), departmentCode, i.Name, i.NameEn, i.Need, i.TimeLimitWorkingDays, i.MaxExtensionWorkingDays);
                    db.ServiceItems.Add(item);
                }

                item.Define(
                    departmentCode, i.Name, i.NameEn, i.Need, i.TimeLimitWorkingDays, i.MaxExtensionWorkingDays,
                    i.Description, i.DescriptionEn, i.WhoCanApply, i.WhoCanApplyEn, order++,
                    i.Keywords ?? [], i.Fields ?? [], i.Documents ?? [], i.Stages);
                item.DefineUrgentTrack(i.UrgentTrack);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
