using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReliefPlatform.Application.Residents;

namespace ReliefPlatform.Infrastructure.Services;

public static class IdentityVerificationRegistration
{
    public const string Simulator = "Simulator";
    public const string None = "None";

    /// <summary>
    /// <c>IdentityVerification:Provider</c>: <c>None</c> (the default: 实名认证 answers 503 until a provider's
    /// adapter is configured) or <c>Simulator</c> (development and tests only; Production refuses to start with it).
    /// </summary>
    internal static void AddIdentityVerification(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["IdentityVerification:Provider"] ?? None;
        if (string.Equals(provider, Simulator, StringComparison.OrdinalIgnoreCase))
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException("IdentityVerification:Provider = Simulator is for development and tests: Production needs a real identity provider, or None.");
            }

            var people = configuration.GetSection("IdentityVerification:Simulator:People").Get<Dictionary<string, string>>() ?? [];
            services.AddSingleton<IIdentityVerifier>(sp => new SimulatedIdentityVerifier(people, sp.GetRequiredService<TimeProvider>()));
        }
        else if (string.Equals(provider, None, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IIdentityVerifier, UnconfiguredIdentityVerifier>();
        }
        else
        {
            throw new InvalidOperationException($"IdentityVerification:Provider must be {Simulator} or {None}, not '{provider}'.");
        }
    }
}

/// <summary>No provider configured: every check is unavailable (503), never a guess.</summary>
internal sealed class UnconfiguredIdentityVerifier : IIdentityVerifier
{
    public Task<IdentityCheck> CheckAsync(IdentityClaim claim, CancellationToken cancellationToken) =>
        throw new IdentityVerificationUnavailableException();
}

/// <summary>
/// Development and tests: a deterministic stand-in for the public-security two-factor check. An ID number
/// in <c>IdentityVerification:Simulator:People</c> matches only its listed name (another name: mismatch);
/// an ID number whose sequence digits (15th–17th) are <c>999</c> is not in the register; any other valid
/// number matches the name given. Answers carry a <c>SIM-</c> serial number like a real provider's.
/// </summary>
internal sealed class SimulatedIdentityVerifier(IReadOnlyDictionary<string, string> people, TimeProvider clock) : IIdentityVerifier
{
    public const string NotInRegisterSequence = "999";

    public Task<IdentityCheck> CheckAsync(IdentityClaim claim, CancellationToken cancellationToken)
    {
        var result = people.TryGetValue(claim.IdNumber, out var listed)
            ? listed == claim.Name ? IdentityMatch.Match : IdentityMatch.Mismatch
            : claim.IdNumber[14..17] == NotInRegisterSequence ? IdentityMatch.NotFound : IdentityMatch.Match;
        return Task.FromResult(new IdentityCheck(result, "simulator", "SIM-" + Guid.CreateVersion7().ToString("N")[..20], clock.GetUtcNow().UtcDateTime));
    }
}
