using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReliefPlatform.Application.Applications.Procedure;

namespace ReliefPlatform.Infrastructure.Services;

/// <summary>
/// <c>MeansCheck:Provider</c>: <c>None</c> (the default: the visit records that the check is to be asked
/// for off-line) or <c>Simulator</c> (development and tests; Production refuses it), until the county's
/// 居民家庭经济状况核对 system has an adapter.
/// </summary>
internal static class MeansCheckRegistration
{
    public static void AddMeansCheck(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["MeansCheck:Provider"] ?? "None";
        if (string.Equals(provider, "Simulator", StringComparison.OrdinalIgnoreCase))
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException("MeansCheck:Provider = Simulator is for development and tests: Production needs the county's check system, or None.");
            }

            services.AddSingleton<IMeansCheck, SimulatedMeansCheck>();
        }
        else if (string.Equals(provider, "None", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IMeansCheck, UnconnectedMeansCheck>();
        }
        else
        {
            throw new InvalidOperationException($"MeansCheck:Provider must be Simulator or None, not '{provider}'.");
        }
    }

    /// <summary>The documented rule: an ID number whose sequence digits (15–17) are 999 has a registered car; any other finds nothing.</summary>
    private sealed class SimulatedMeansCheck : IMeansCheck
    {
        public Task<string> CheckAsync(string applicantIdNumber, int householdSize, CancellationToken cancellationToken) =>
            Task.FromResult(applicantIdNumber.Length == 18 && applicantIdNumber[14..17] == "999"
                ? $"核对（模拟）：家庭 {householdSize} 人，登记有机动车 1 辆，请核实。"
                : $"核对（模拟）：家庭 {householdSize} 人，未发现机动车、工商登记、存款或房产异常。");
    }

    private sealed class UnconnectedMeansCheck : IMeansCheck
    {
        public Task<string> CheckAsync(string applicantIdNumber, int householdSize, CancellationToken cancellationToken) =>
            Task.FromResult("核对系统尚未接入：请向县居民家庭经济状况核对机构线下申请核对，结果随卷归档。");
    }
}
