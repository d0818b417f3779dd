using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.UnitTests.Fakes;

internal sealed record FakeCurrentUser(
    bool IsAuthenticated, Guid? Id, Role? Role, string? DepartmentCode = null, string? RegionCode = null) : ICurrentUser
{
    public string? ClientAddress => IsAuthenticated ? "192.0.2.1" : null;

    public static FakeCurrentUser Anonymous { get; } = new(false, null, null);

    public Guid? SessionId => null;

    public static FakeCurrentUser Resident(Guid id) => new(true, id, Domain.Common.Role.Resident);

    public static FakeCurrentUser Caseworker(string departmentCode, string countyCode) =>
        new(true, Guid.NewGuid(), Domain.Common.Role.Caseworker, departmentCode, countyCode);

    public static FakeCurrentUser Supervisor(string regionCode) => new(true, Guid.NewGuid(), Domain.Common.Role.Supervisor, null, regionCode);

    public static FakeCurrentUser Administrator() => new(true, Guid.NewGuid(), Domain.Common.Role.Administrator, null, "530000");
}
