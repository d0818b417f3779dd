using System.Reflection;

namespace ReliefPlatform.Architecture.Tests.Support;

internal static class Layers
{
    public static Assembly Domain { get; } = typeof(ReliefPlatform.Domain.Common.Entity).Assembly;

    public static Assembly Application { get; } = typeof(ReliefPlatform.Application.DependencyInjection).Assembly;

    public static Assembly Infrastructure { get; } = typeof(ReliefPlatform.Infrastructure.DependencyInjection).Assembly;

    public static Assembly Api { get; } = typeof(Program).Assembly;
}
