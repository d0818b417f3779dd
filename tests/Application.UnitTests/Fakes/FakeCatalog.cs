using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Catalog;

namespace ReliefPlatform.Application.UnitTests.Fakes;

internal sealed class FakeCatalog(params ServiceItem[] items) : ICatalog
{
    private readonly CatalogSnapshot _snapshot = new(
        items.Select(i => i.DepartmentCode).Distinct().Select((code, index) => new Department(DepartmentCode.Parse(code), code, code, index)).ToList(),
        items,
        intakeTimeLimitWorkingDays: 5,
        version: "test");

    public Task<CatalogSnapshot> GetAsync(CancellationToken cancellationToken) => Task.FromResult(_snapshot);
}
