using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReliefPlatform.Application.Reports.Exports;
using ReliefPlatform.Infrastructure.BackgroundJobs;
using ReliefPlatform.Infrastructure.Documents;
using ReliefPlatform.Infrastructure.Persistence;
using ReliefPlatform.Infrastructure.Persistence.Seeding;
using ReliefPlatform.Infrastructure.Reports;
using ReliefPlatform.Infrastructure.Security;
using ReliefPlatform.Infrastructure.Services;
using ReliefPlatform.Infrastructure.Telemetry;

namespace ReliefPlatform.Infrastructure;

/// <summary>Everything Infrastructure provides, one registration per concern; every setting is read and checked here, so a wrong one stops the start.</summary>
public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = DatabaseSettings.From(configuration, environment);
        services.AddPersistence(database);
        services.AddReferenceData(configuration);
        services.TryAddTimeProvider();
        var personalData = services.AddSecurity(configuration, environment);
        services.AddSmsDelivery(configuration);
        services.AddIdentityVerification(configuration, environment);
        services.AddMeansCheck(configuration, environment);
        services.AddFileStores(configuration, environment, personalData);
        services.AddDecisionDocuments(configuration, environment, configuration["SeedData:Path"] ?? Path.Combine(AppContext.BaseDirectory, "SeedData"));
        services.AddBackgroundJobs(configuration, database.Provider, database.ConnectionString);
        services.AddOperationalTelemetry(configuration);
        return services;
    }

    /// <summary>Whether SMS goes to the development outbox (<c>Sms:Delivery</c> = <c>Outbox</c>).</summary>
    public static bool IsOutbox(IConfiguration configuration) => SmsRegistration.IsOutbox(configuration);

    /// <summary>The export archive, the attachments and the recordings read aloud, on disk (shared storage with several nodes).</summary>
    private static void AddFileStores(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, PersonalDataProtector personalData)
    {
        services.AddSingleton(new ExportSettings
        {
            BackgroundRowThreshold = configuration.GetValue("Exports:BackgroundRowThreshold", 20_000),
            ProgressEvery = configuration.GetValue("Exports:ProgressEvery", 10_000),
        });
        services.AddSingleton<IExportStore>(new FileExportStore(
            configuration["Exports:Directory"] ?? Path.Combine(environment.ContentRootPath, "data", "exports")));
        services.AddSingleton<IReportFileWriter, ReportFileWriter>();
        services.AddSingleton<Application.Attachments.IAttachmentStore>(new Attachments.FileAttachmentStore(
            configuration["Attachments:Directory"] ?? Path.Combine(environment.ContentRootPath, "data", "attachments"), personalData));
        services.AddSingleton<Application.Attachments.IImageCleaner, Attachments.SkiaImageCleaner>();
        services.AddSingleton(new Speech.SpeechSettings(
            configuration["Speech:Engine"] ?? "espeak-ng",
            configuration["Speech:Voice"] ?? "cmn-latn-pinyin",
            configuration.GetValue("Speech:WordsPerMinute", 140),
            configuration["Speech:Directory"] ?? Path.Combine(environment.ContentRootPath, "data", "speech")));
        services.AddSingleton<Application.Speech.ISpeechSynthesizer, Speech.EspeakSpeechSynthesizer>();
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
