using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace ReliefPlatform.Application.Common.Behaviors;

/// <summary>
/// Logs each request's name, outcome and duration, and warns when one is slow. The request body is
/// never logged: it carries ID numbers, phone numbers and hardship descriptions.
/// </summary>
internal sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly TimeSpan SlowThreshold = TimeSpan.FromMilliseconds(500);

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = typeof(TRequest).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > SlowThreshold)
            {
                LogSlow(logger, name, elapsed.TotalMilliseconds);
            }
            else
            {
                LogHandled(logger, name, elapsed.TotalMilliseconds);
            }

            return response;
        }
        catch (Exception ex)
        {
            var exceptionType = ex.GetType().Name;
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogFailed(logger, name, exceptionType, elapsedMs);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {RequestName} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string requestName, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slow request {RequestName}: {ElapsedMs:0.0} ms")]
    private static partial void LogSlow(ILogger logger, string requestName, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{RequestName} failed with {ExceptionType} after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string requestName, string exceptionType, double elapsedMs);
}
