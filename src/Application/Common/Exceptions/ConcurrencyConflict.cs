using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Common.Exceptions;

/// <summary>The one answer to "someone else changed this first", wherever it is detected.</summary>
internal static class ConcurrencyConflict
{
    public static ConflictException Create(Exception? inner = null) => inner is null
        ? new ConflictException("concurrency-conflict", Message)
        : new ConflictException("concurrency-conflict", Message, inner);

    private static string Message => Text.Pick("该申请刚被其他人处理过，请刷新后再试。", "Someone else changed this application first; reload it and try again.");
}
