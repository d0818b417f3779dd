using MediatR;
using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Security.ProtectPersonalData;

/// <summary>
/// Rewrites every stored personal value that is not yet under the current key (after a key rotation,
/// or written before encryption existed), and gives old rows their blind indexes. Batches of a few
/// hundred rows, each its own transaction, so it can run beside the service and stop at any point.
/// </summary>
public sealed record ProtectPersonalDataCommand(int BatchSize = 500) : ICommand<ProtectPersonalDataResult>, ISavesInSteps;

public sealed record ProtectPersonalDataResult(string CurrentKeyId, int RowsRewritten);

/// <summary>The storage side of <see cref="ProtectPersonalDataCommand"/>: it knows which columns hold personal data.</summary>
public interface IPersonalDataRewriter
{
    Task<ProtectPersonalDataResult> RewriteAsync(int batchSize, CancellationToken cancellationToken);
}

internal sealed class ProtectPersonalDataCommandHandler(IPersonalDataRewriter rewriter) : IRequestHandler<ProtectPersonalDataCommand, ProtectPersonalDataResult>
{
    public Task<ProtectPersonalDataResult> Handle(ProtectPersonalDataCommand request, CancellationToken cancellationToken) =>
        rewriter.RewriteAsync(Math.Clamp(request.BatchSize, 1, 5_000), cancellationToken);
}
