namespace ReliefPlatform.Domain.Regions;

public enum RegionLevel
{
    Province,
    Prefecture,
    County,
    Township,
    Village,
}
