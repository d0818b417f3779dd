using Hangfire;
using Hangfire.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;
using MsLevel = Microsoft.Extensions.Logging.LogLevel;

namespace ReliefPlatform.Infrastructure.BackgroundJobs;

/// <summary>
/// Hangfire logs through one static provider per process and keeps loggers in static caches (its
/// filter attributes). Bound to one host's logger factory, as <c>AddHangfire</c> binds it, a logger
/// outlives a stopped host and throws when used by the next one (the tests start many hosts in one
/// process). This bridge looks the logger up when it logs, in the factory of the host now running.
/// </summary>
internal sealed class HangfireLogBridge : ILogProvider
{
    public static readonly HangfireLogBridge Instance = new();
    private static ILoggerFactory? _factory;

    public static void Attach(ILoggerFactory factory) => Volatile.Write(ref _factory, factory);

    public static void Detach(ILoggerFactory factory) => Interlocked.CompareExchange(ref _factory, null, factory);

    public ILog GetLogger(string name) => new NamedLog(name);

    private sealed class NamedLog(string name) : ILog
    {
        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var level = logLevel switch
            {
                HangfireLevel.Trace => MsLevel.Trace,
                HangfireLevel.Debug => MsLevel.Debug,
                HangfireLevel.Info => MsLevel.Information,
                HangfireLevel.Warn => MsLevel.Warning,
                HangfireLevel.Error => MsLevel.Error,
                _ => MsLevel.Critical,
            };
            try
            {
                if (Volatile.Read(ref _factory)?.CreateLogger(name) is not { } logger || !logger.IsEnabled(level))
                {
                    return false;
                }

                if (messageFunc is not null)
                {
#pragma warning disable CA1848, CA2254 // Hangfire's messages are already formatted text.
                    logger.Log(level, exception, messageFunc());
#pragma warning restore CA1848, CA2254
                }

                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}

/// <summary>Binds Hangfire's process-wide settings to this host while it runs.</summary>
internal sealed class HangfireHostBinding(IGlobalConfiguration configuration, ILoggerFactory loggers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        configuration.UseLogProvider(HangfireLogBridge.Instance);
        HangfireLogBridge.Attach(loggers);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        HangfireLogBridge.Detach(loggers);
        return Task.CompletedTask;
    }
}
