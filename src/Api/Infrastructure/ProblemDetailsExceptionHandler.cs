using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Residents;
using ReliefPlatform.Application.Speech;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Infrastructure.Services;

namespace ReliefPlatform.Api.Infrastructure;

/// <summary>
/// The one place exceptions become HTTP answers: a closed set of types mapped to RFC 9457 problem
/// details, in the caller's language. Anything else is a 500 that says nothing about its cause.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException e => Invalid(e.Errors.ToDictionary(kv => kv.Key, kv => kv.Value)),
            // A malformed code is answered on its field, like the validators' 400s, wherever it was read.
            CodeFormatException e => Invalid(new() { [e.Field] = [e.Message] }),
            BadHttpRequestException { InnerException: JsonException { InnerException: CodeFormatException e } json } => Invalid(new() { [FieldOf(json.Path) ?? e.Field] = [e.Message] }),
            // A property the request type does not declare (JsonUnmappedMemberHandling.Disallow): named, like a field the rules refuse (ADR 0033).
            BadHttpRequestException { InnerException: JsonException { Path: { } path } json } when IsUnmapped(json) => Invalid(new()
            {
                [FieldOf(path) ?? path] = [Text.Pick($"不认识的字段“{FieldOf(path) ?? path}”，请去掉它再提交。", $"Unknown property '{FieldOf(path) ?? path}': remove it and send again.")],
            }),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem(
                StatusCodes.Status413PayloadTooLarge,
                "https://tools.ietf.org/html/rfc9110#section-15.5.14",
                Text.Pick("提交的内容太大。", "The request is too large."),
                Text.Pick("请求内容超过了允许的大小。", "The request body is larger than the service accepts.")),
            BadHttpRequestException => Problem(
                StatusCodes.Status400BadRequest,
                "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                Text.Pick("请求格式不正确。", "The request is malformed."),
                Text.Pick("请检查提交的数据格式。", "The request body or parameters could not be read.")),
            NotFoundException => Problem(
                StatusCodes.Status404NotFound,
                "https://tools.ietf.org/html/rfc9110#section-15.5.5",
                Text.Pick("没有找到。", "Not found."),
                exception.Message == new NotFoundException().Message ? null : exception.Message),
            // A role refusal reads as a 404, the answer to a route that does not exist (ADR 0016).
            ForbiddenAccessException => Problem(StatusCodes.Status404NotFound, "https://tools.ietf.org/html/rfc9110#section-15.5.5", Text.Pick("没有找到。", "Not found."), null),
            UnauthorizedAccessException => Problem(
                StatusCodes.Status401Unauthorized,
                "https://tools.ietf.org/html/rfc9110#section-15.5.2",
                Text.Pick("请先登录，或用户名、密码不正确。", "Sign in first, or the credentials are not valid."),
                null),
            SignInRefusedException e => Refused(e),
            ConflictException e => Problem(
                StatusCodes.Status409Conflict, "https://tools.ietf.org/html/rfc9110#section-15.5.10", Text.Pick("操作冲突。", "Conflict."), e.Message, e.Code),
            DomainException e => Problem(
                StatusCodes.Status409Conflict, "https://tools.ietf.org/html/rfc9110#section-15.5.10", Text.Pick("当前状态不允许此操作。", "Not allowed in the current state."), e.Message, e.Code),
            IdempotencyKeyReusedException => Problem(
                StatusCodes.Status422UnprocessableEntity,
                "https://tools.ietf.org/html/rfc9110#section-15.5.21",
                Text.Pick("重复提交的标识已用于另一份申请。", "Idempotency-Key reused."),
                Text.Pick("这个 Idempotency-Key 已经用于内容不同的请求。", "This Idempotency-Key was already used for a different request.")),
            TooManyRequestsException e => TooManyRequests(httpContext, e.RetryAfter, e.Message),
            SmsUnavailableException or DbException or TimeoutException => Unavailable(httpContext),
            SpeechUnavailableException => Unavailable(
                httpContext, Text.Pick("朗读暂不可用，请稍后再试。", "Reading aloud is unavailable; try again later.")),
            Application.Documents.DocumentsUnavailableException e => DocumentsUnavailable(httpContext, e),
            IdentityVerificationUnavailableException => Unavailable(
                httpContext, Text.Pick("实名认证暂不可用，请稍后再试；未认证时仍可为本人申请。", "Identity verification is unavailable; try again later. You can still file for yourself without it.")),

            // EF wraps what the provider threw (a failed save, a transient failure): unreachable, timed out, busy or out of disk is a 503 too.
            _ when httpContext.RequestServices.GetService<IDatabaseErrors>()?.IsUnavailable(exception) == true => Unavailable(httpContext),
            System.Security.Cryptography.CryptographicException => Tampered(),
            _ => null,
        };

        if (problem is null)
        {
            LogUnhandled(logger, exception.GetType().FullName ?? "?", exception);
            problem = Problem(
                StatusCodes.Status500InternalServerError,
                "https://tools.ietf.org/html/rfc9110#section-15.6.1",
                Text.Pick("系统出错了，这次操作没有完成，请稍后再试。", "Something went wrong on our side and this was not done; please try again later."),
                null);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ValidationProblemDetails Invalid(Dictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = Text.Pick("提交的内容有误，请按提示修改。", "Some of the information is not valid."),
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
    };

    /// <summary><c>$.applicant.regionCode</c> as the validators name it, <c>applicant.regionCode</c>; null for a path into an array or the root.</summary>
    private static string? FieldOf(string? path) =>
        path is { Length: > 2 } && path.StartsWith("$.", StringComparison.Ordinal) && !path.Contains('[', StringComparison.Ordinal)
            ? string.Join('.', path[2..].Split('.').Select(s => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..]))
            : null;

    /// <summary>System.Text.Json says so only in its message; the path it gives is the property's own.</summary>
    private static bool IsUnmapped(JsonException json) =>
        json.InnerException is null && json.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal);

    private static ProblemDetails Problem(int status, string type, string title, string? detail, string? code = null)
    {
        var problem = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        return problem;
    }

    private static ProblemDetails Refused(SignInRefusedException e)
    {
        var problem = Problem(
            StatusCodes.Status401Unauthorized, "https://tools.ietf.org/html/rfc9110#section-15.5.2", Text.Pick("无法登录。", "Cannot sign in."), e.Message, e.Code);
        if (e.LockedUntil is { } until)
        {
            problem.Extensions["lockedUntil"] = until;
        }

        return problem;
    }

    /// <summary>A 429 with <c>Retry-After</c> in whole seconds; also the answer of the per-address rate limiter.</summary>
    internal static ProblemDetails TooManyRequests(HttpContext context, TimeSpan retryAfter, string detail)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status429TooManyRequests, "https://tools.ietf.org/html/rfc6585#section-4", Text.Pick("请求太频繁。", "Too many requests."), detail);
    }

    /// <summary>Stored personal data failed authentication: changed on disk, or its key is gone. Never shown, always logged.</summary>
    private ProblemDetails Tampered()
    {
        LogTampered(logger);
        return Problem(
            StatusCodes.Status500InternalServerError,
            "https://tools.ietf.org/html/rfc9110#section-15.6.1",
            Text.Pick("数据完整性校验未通过，已报告管理员；请稍后再试。", "A stored record failed its integrity check and has been reported; please try again later."),
            null,
            "integrity-check-failed");
    }

    /// <summary>No written decision can be made (the font is missing): the decision waits with it; the log names the path and the package.</summary>
    private ProblemDetails DocumentsUnavailable(HttpContext context, Exception exception)
    {
        LogDocumentsUnavailable(logger, exception.Message);
        return Unavailable(context, Text.Pick("决定书暂时无法生成，这次操作没有完成，请稍后再试。", "The written decision cannot be produced now; nothing was done. Please try again later."));
    }

    private static ProblemDetails Unavailable(HttpContext context, string? detail = null)
    {
        context.Response.Headers.RetryAfter = "5";
        return Problem(
            StatusCodes.Status503ServiceUnavailable,
            "https://tools.ietf.org/html/rfc9110#section-15.6.4",
            Text.Pick("服务暂时不可用，请稍后再试。", "The service is temporarily unavailable; please try again shortly."),
            detail);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Stored personal data failed authentication: tampered with, or encrypted under a key no longer in the ring")]
    private static partial void LogTampered(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Written decisions unavailable: {Problem}")]
    private static partial void LogDocumentsUnavailable(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType}")]
    private static partial void LogUnhandled(ILogger logger, string exceptionType, Exception exception);
}
