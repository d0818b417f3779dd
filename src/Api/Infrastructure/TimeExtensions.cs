using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Infrastructure;

internal static class TimeExtensions
{
    public static DateTimeOffset ToChina(this DateTime utc) => ChinaTime.ToChinaOffset(utc);
}
