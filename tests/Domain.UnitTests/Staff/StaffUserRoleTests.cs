using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Domain.UnitTests.Staff;

public class StaffUserRoleTests
{
    [Theory]
    [InlineData(Role.Resident)]
    [InlineData(Role.System)]
    public void New_WithARoleThatIsNotStaff_IsRefused(Role role)
    {
        var refused = Assert.Throws<DomainException>(() => new StaffUser("someone", "某人", role, null, RegionCode.Parse("530000")));

        Assert.Equal("staff-role-required", refused.Code);
    }

    [Theory]
    [InlineData(Role.Resident)]
    [InlineData(Role.System)]
    public void Rescope_ToARoleThatIsNotStaff_IsRefusedAndKeepsTheRole(Role role)
    {
        var user = new StaffUser("sup", "督办员", Role.Supervisor, null, RegionCode.Parse("530000"));

        var refused = Assert.Throws<DomainException>(() => user.Rescope(role, null, RegionCode.Parse("530000")));

        Assert.Equal("staff-role-required", refused.Code);
        Assert.Equal(Role.Supervisor, user.Role);
    }

    [Fact]
    public void TryParseRole_TakesExactNamesOnly()
    {
        Assert.True("Caseworker".TryParseRole(out var role));
        Assert.Equal(Role.Caseworker, role);
        Assert.False("1".TryParseRole(out _));
        Assert.False("caseworker".TryParseRole(out _));
        Assert.False(((string?)null).TryParseRole(out _));
    }
}
