using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReliefPlatform.Application.Audit;
using ReliefPlatform.Application.Auth;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Security.ProtectPersonalData;
using ReliefPlatform.Domain.Sessions;
using ReliefPlatform.Domain.Staff;
using ReliefPlatform.Infrastructure.Identity;
using ReliefPlatform.Infrastructure.Persistence.Audit;

namespace ReliefPlatform.Infrastructure.Security;

internal static class SecurityRegistration
{
    /// <summary>Keys, tokens, hashing, personal-data protection and the audit chain; each setting checked here, at start.</summary>
    public static PersonalDataProtector AddSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        KeyPolicy.Check(configuration, environment);
        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (auth.SigningKey.Length < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be set to a secret of at least 32 characters.");
        }

        services.AddSingleton(auth);
        var personalData = PersonalDataKeyRing.FromConfiguration(configuration);
        services.AddSingleton(personalData);
        services.AddSingleton<IPersonalDataIndex>(personalData);
        services.AddScoped<IPersonalDataRewriter, PersonalDataRewriter>();
        services.AddSingleton(new AuditChain(AuditKey(configuration, auth)));
        services.AddScoped<IAuditVerifier, AuditChainVerifier>();
        services.AddSingleton<AuditSealer>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditSealer>());
        services.AddSingleton<ISecretHasher, SecretHasher>();
        services.AddSingleton<ITokenIssuer, JwtTokenIssuer>();
        services.AddSingleton<ITotpSecretProtector>(new TotpSecretProtector(TotpSecretProtector.KeyOf(auth)));
        services.AddSingleton(SignInSettingsOf(configuration));
        return personalData;
    }

    /// <summary>
    /// <c>Audit:ChainKey</c> (base64, 32 bytes) when set; otherwise derived from the signing key. Set it
    /// apart in production: the chain can only be verified with the key it was written under.
    /// </summary>
    private static byte[] AuditKey(IConfiguration configuration, AuthOptions auth) =>
        configuration["Audit:ChainKey"] is { Length: > 0 } key
            ? Convert.FromBase64String(key) is { Length: >= 32 } bytes ? bytes : throw new InvalidOperationException("Audit:ChainKey must be at least 32 bytes, base64-encoded.")
            : System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("audit-chain:" + auth.SigningKey));

    /// <summary>
    /// <c>Auth:Lockout:{MaxFailedAttempts,Minutes}</c> and
    /// <c>Auth:Sessions:{Staff,Resident}:{IdleMinutes,AbsoluteMinutes}</c>, over the defaults of <see cref="SignInSettings"/>.
    /// </summary>
    private static SignInSettings SignInSettingsOf(IConfiguration configuration)
    {
        var defaults = new SignInSettings();
        var lockout = new LockoutPolicy(
            Positive(configuration, "Auth:Lockout:MaxFailedAttempts", defaults.Lockout.MaxFailedAttempts),
            TimeSpan.FromMinutes(Positive(configuration, "Auth:Lockout:Minutes", (int)defaults.Lockout.Period.TotalMinutes)));
        return new SignInSettings
        {
            Lockout = lockout,
            StaffSession = Lifetime(configuration, "Auth:Sessions:Staff", defaults.StaffSession),
            ResidentSession = Lifetime(configuration, "Auth:Sessions:Resident", defaults.ResidentSession),
        };

        static SessionLifetime Lifetime(IConfiguration configuration, string section, SessionLifetime fallback) => new(
            TimeSpan.FromMinutes(Positive(configuration, section + ":IdleMinutes", (int)fallback.Idle.TotalMinutes)),
            TimeSpan.FromMinutes(Positive(configuration, section + ":AbsoluteMinutes", (int)fallback.Absolute.TotalMinutes)));

        static int Positive(IConfiguration configuration, string key, int fallback) =>
            configuration.GetValue(key, fallback) is > 0 and var value ? value : throw new InvalidOperationException($"{key} must be a positive whole number.");
    }
}
