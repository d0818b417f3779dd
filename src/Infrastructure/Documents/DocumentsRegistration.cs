using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using ReliefPlatform.Application.Documents;
using ReliefPlatform.Infrastructure.Identity;

namespace ReliefPlatform.Infrastructure.Documents;

internal static class DocumentsRegistration
{
    public const string SigningKeySetting = "Documents:SigningKey";

    /// <summary>
    /// The written decisions: the font (<c>Documents:FontPath</c>, <c>Documents:FontFamily</c>), the address their QR
    /// codes name (<c>Documents:VerificationBaseUrl</c>), the document key and the texts file. Outside Development the
    /// key must be set (<see cref="Security.KeyPolicy"/>); in Development it is derived from the token signing key.
    /// </summary>
    public static IServiceCollection AddDecisionDocuments(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, string seedDataPath)
    {
        var settings = new DocumentSettings(
            configuration["Documents:FontPath"] is { Length: > 0 } path ? path : DocumentSettings.DefaultFontPath,
            configuration["Documents:FontFamily"] is { Length: > 0 } family ? family : DocumentSettings.DefaultFontFamily,
            configuration["Documents:VerificationBaseUrl"] is { Length: > 0 } url ? url : DocumentSettings.DefaultVerificationBaseUrl);
        if (!Uri.TryCreate(settings.VerificationBaseUrl, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException("Documents:VerificationBaseUrl must be the service's public http(s) address.");
        }

        var key = configuration[SigningKeySetting] is { Length: > 0 } pem
            ? EcdsaDocumentSigner.FromPem(pem, SigningKeySetting)
            : environment.IsDevelopment()
                ? EcdsaDocumentSigner.Derived(configuration[$"{AuthOptions.Section}:SigningKey"] ?? "")
                : throw new InvalidOperationException($"{SigningKeySetting} must be set outside Development (README, \"Keys\").");
        var previous = configuration.GetSection("Documents:PreviousPublicKeys").GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0);

        services.AddSingleton(settings);
        services.AddSingleton<CjkFont>();
        services.AddSingleton<IDocumentRenderer, SkiaDocumentRenderer>();
        services.AddSingleton<IDocumentSigner>(new EcdsaDocumentSigner(key, previous));
        services.AddSingleton<IDecisionTexts>(new DecisionTextsFile(seedDataPath));
        services.AddHealthChecks().AddCheck<DocumentFontHealthCheck>("documents", tags: ["ready"]);
        return services;
    }

    /// <summary>Without the Chinese font no decision can be taken (each needs its written document): the node is not ready.</summary>
    private sealed class DocumentFontHealthCheck(CjkFont font) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(font.Typeface is null
                ? HealthCheckResult.Unhealthy(font.Problem)
                : HealthCheckResult.Healthy("The Chinese font of the written decisions is loaded."));
    }
}
