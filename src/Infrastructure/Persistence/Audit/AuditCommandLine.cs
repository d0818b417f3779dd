using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Application.Audit;

namespace ReliefPlatform.Infrastructure.Persistence.Audit;

public static class AuditCommandLine
{
    /// <summary>Verifies the chain and writes the verdict; returns the process exit code (0 intact, 1 broken).</summary>
    public static async Task<int> VerifyAuditTrailAsync(this IServiceProvider services, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IAuditVerifier>().VerifyAsync(CancellationToken.None);
        await output.WriteLineAsync(result.Intact
            ? $"Audit chain intact: {result.RecordsChecked} records, head at {result.HeadSequence}."
            : $"Audit chain BROKEN at record {result.FirstBrokenSequence}: {result.Problem} ({result.RecordsChecked} records read, head at {result.HeadSequence}).");
        return result.Intact ? 0 : 1;
    }
}
