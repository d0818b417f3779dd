using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Application.Common.Exceptions;

/// <summary>The one answer to "someone else changed this first", wherever it is detected, worded for what changed.</summary>
internal static class ConcurrencyConflict
{
    public const string Code = "concurrency-conflict";

    /// <summary>The conflict on an entity of type <paramref name="changed"/> (an application when not known).</summary>
    /// <param name="changed">The entity type that was changed first.</param>
    /// <param name="inner">What detected it, if anything.</param>
    public static ConflictException Create(Type? changed = null, Exception? inner = null) => inner is null
        ? new ConflictException(Code, Message(changed))
        : new ConflictException(Code, Message(changed), inner);

    private static string Message(Type? changed)
    {
        if (changed == typeof(Lead))
        {
            return Text.Pick("这条线索已被他人处理，请刷新。", "Someone else changed this lead; reload it.");
        }

        return changed == typeof(Household) || changed == typeof(HouseholdMember) || changed == typeof(HouseholdLevelChange)
            ? Text.Pick("该户信息已被他人更新，请刷新后再改。", "Someone else updated this household; reload it and try again.")
            : Text.Pick("该申请刚被其他人处理过，请刷新后再试。", "Someone else changed this application first; reload it and try again.");
    }
}
