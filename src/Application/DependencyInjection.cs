using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Application.Common.Behaviors;

namespace ReliefPlatform.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers MediatR 5.1 by hand (it has no AddMediatR): the mediator, the behaviors in pipeline
    /// order (outermost first), and every handler in this assembly; the validators through
    /// FluentValidation's own scan, internal ones included (they all are: a missed one would switch
    /// validation off silently, which a test guards).
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();

        // Outermost: the span covers logging, authorization, validation and the transaction.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(Common.Telemetry.TracingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));

        services.AddSingleton<Common.Telemetry.ReliefTelemetry>();
        services.AddSingleton<Common.Telemetry.SmsGatewayWatch>();
        services.AddScoped<Common.Audit.IAuditTrail, Common.Audit.AuditTrail>();
        services.AddScoped<Auth.Sessions.SessionService>();
        services.AddScoped<Auth.StaffSignIn>();
        services.AddScoped<Applications.ApplicationIntake>();
        services.AddScoped<Deadlines.ChaseDeadlines.UrgentAidChase>();
        services.AddScoped<Monitoring.HouseholdEvaluator>();
        services.AddScoped<Reports.CompletionReportBuilder>();
        services.AddScoped<Reports.UrgentTrackFigures>();
        services.AddScoped<Reports.StageReportBuilder>();
        services.AddScoped<Reports.GetOverdueApplications.OverdueStages>();
        services.AddScoped<Reports.Exports.CompletionExporter>();
        services.AddScoped<Reports.CompletionFiguresSource>();
        services.AddScoped<Common.Messaging.AfterCommit>();
        services.AddScoped<Common.Events.DomainEventDispatcher>();
        services.AddScoped<Common.Messaging.IUnitOfWork, Common.Messaging.UnitOfWork>();

        var assembly = Assembly.GetExecutingAssembly();
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        Type[] scanned = [typeof(IRequestHandler<,>), typeof(INotificationHandler<>)];
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && scanned.Contains(i.GetGenericTypeDefinition())))
            {
                services.AddScoped(contract, type);
            }
        }

        return services;
    }
}
