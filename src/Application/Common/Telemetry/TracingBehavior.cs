using System.Diagnostics;
using MediatR;

namespace ReliefPlatform.Application.Common.Telemetry;

/// <summary>
/// One span per request through the pipeline, named after the request's type (never its values, which
/// carry ID numbers, phones and descriptions). A failure records the exception's type only: messages
/// can quote what the user sent.
/// </summary>
internal sealed class TracingBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string SpanName = typeof(TRequest).Name;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        using var activity = ReliefTelemetry.Source.StartActivity(SpanName);
        if (activity is null)
        {
            return await next();
        }

        activity.SetTag("relief.request.kind", request is Messaging.ICommandMarker ? "command" : "query");
        try
        {
            return await next();
        }
        catch (Exception ex)
        {
            activity.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            activity.SetTag("error.type", ex.GetType().FullName);
            throw;
        }
    }
}
