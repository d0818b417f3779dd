using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Infrastructure.Services;

public static class SmsRegistration
{
    public const string OutboxDelivery = "Outbox";
    public const string HttpDelivery = "Http";
    public const string NoDelivery = "None";

    /// <summary><c>Sms:Delivery</c>: <c>Outbox</c> (a table, for development), <c>Http</c> (the gateway) or <c>None</c>.</summary>
    internal static void AddSmsDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        var delivery = configuration["Sms:Delivery"] ?? NoDelivery;
        if (IsOutbox(configuration))
        {
            services.AddScoped<ISmsSender, DevSmsOutbox>();
        }
        else if (string.Equals(delivery, HttpDelivery, StringComparison.OrdinalIgnoreCase))
        {
            var gateway = configuration.GetSection(SmsGatewayOptions.Section).Get<SmsGatewayOptions>() ?? new SmsGatewayOptions();
            gateway.Validate();
            services.AddSingleton(gateway);

            // Each attempt has its own timeout (HttpSmsSender); the client's own would cut the retries short.
            services.AddHttpClient<ISmsSender, HttpSmsSender>(client => client.Timeout = Timeout.InfiniteTimeSpan);
        }
        else if (string.Equals(delivery, NoDelivery, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<ISmsSender, UnconfiguredSmsSender>();
        }
        else
        {
            throw new InvalidOperationException($"Sms:Delivery must be {OutboxDelivery}, {HttpDelivery} or {NoDelivery}, not '{delivery}'.");
        }
    }

    /// <summary>Whether SMS goes to the development outbox (<c>Sms:Delivery</c> = <c>Outbox</c>).</summary>
    public static bool IsOutbox(IConfiguration configuration) =>
        string.Equals(configuration["Sms:Delivery"], OutboxDelivery, StringComparison.OrdinalIgnoreCase);
}
