using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Infrastructure.Services;

namespace ReliefPlatform.Infrastructure.Persistence.Seeding;

internal static class ReferenceDataRegistration
{
    /// <summary>The catalog, calendar, regions and monitoring rules, read from <c>SeedData:Path</c> (ADR 0009).</summary>
    public static IServiceCollection AddReferenceData(this IServiceCollection services, IConfiguration configuration)
    {
        var seedData = new SeedDataDirectory(configuration["SeedData:Path"] ?? Path.Combine(AppContext.BaseDirectory, "SeedData"));
        services.AddSingleton(seedData);
        services.AddSingleton(new CatalogFile(Path.Combine(seedData.Path, "catalog.json")));
        services.AddSingleton<ICatalog, CachedCatalog>();
        services.AddSingleton<IWorkingCalendarProvider, CachedWorkingCalendar>();
        services.AddSingleton<IRegionDirectory>(new RegionDirectory(seedData.Path));
        services.AddSingleton(Domain.Monitoring.MonitoringRuleSet.FromJson(File.ReadAllText(Path.Combine(seedData.Path, "monitoring-rules.json"))));
        return services;
    }
}
