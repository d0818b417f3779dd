using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Documents;
using ReliefPlatform.Application.Documents.VerifyDocument;

namespace ReliefPlatform.Api.Endpoints;

/// <summary>
/// The public page a document's QR code opens (/v/{code}): plain Chinese, server-rendered, no script, not
/// indexed, showing only the masked key facts; a PDF uploaded to it is checked against the document.
/// </summary>
internal static class VerificationPage
{
    /// <summary>The page's only style, allowed by its hash in the page's Content-Security-Policy.</summary>
    public const string Style =
        "body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:0;background:#f5f6f7;color:#1a1a1a;line-height:1.6}"
        + "main{max-width:40rem;margin:0 auto;padding:1rem}h1{font-size:1.4rem}"
        + ".result{padding:.75rem 1rem;border-radius:6px;font-weight:600}.ok{background:#e6f4ea;border-left:6px solid #1e7b34}"
        + ".bad{background:#fdecea;border-left:6px solid #b3261e}.info{background:#e8f0fe;border-left:6px solid #1a56b0}"
        + "dl{background:#fff;padding:1rem;border-radius:6px}dt{color:#555;font-size:.9rem}dd{margin:0 0 .6rem 0;overflow-wrap:anywhere}"
        + "form{background:#fff;padding:1rem;border-radius:6px;margin-top:1rem}label{display:block;margin-bottom:.5rem}"
        + "button{margin-top:.75rem;font-size:1rem;padding:.6rem 1.5rem;border:0;border-radius:6px;background:#1a56b0;color:#fff}"
        + ".note{color:#555;font-size:.9rem}";

    public static readonly string ContentSecurityPolicy =
        Infrastructure.SecurityHeaders.ContentSecurityPolicy + $"; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'";

    public static Task<IResult> Show(string code, IMediator mediator, HttpContext context, CancellationToken cancellationToken) =>
        AnswerAsync(code, null, mediator, context, cancellationToken);

    public static async Task<IResult> Check(string code, [FromForm] DocumentEndpoints.VerifyForm form, IMediator mediator, HttpContext context, CancellationToken cancellationToken) =>
        await AnswerAsync(code, await DocumentEndpoints.ReadAsync(form.File, cancellationToken), mediator, context, cancellationToken);

    private static async Task<IResult> AnswerAsync(string code, byte[]? content, IMediator mediator, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        context.Response.Headers.CacheControl = "no-store";
        DocumentVerificationDto result;
        try
        {
            result = await mediator.Send(new VerifyDocumentQuery(code, content), cancellationToken);
        }
        catch (Exception ex) when (ex is NotFoundException or ValidationException)
        {
            // A person reads this answer, not a program: a page, not a problem document.
            return Page(StatusCodes.Status404NotFound, code, null, "bad", "没有找到这个核验码对应的文书。请核对文书上印的核验码，或联系出具机关。");
        }

        var tone = result.Genuine ? "ok" : result.Outcome == VerificationOutcome.Registered ? "info" : "bad";
        return Page(StatusCodes.Status200OK, code, result, tone, result.Message);
    }

    private static IResult Page(int status, string code, DocumentVerificationDto? result, string tone, string message)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex, nofollow\">")
            .Append("<title>文书核验 · 云南政府救助平台</title><style>").Append(Style).Append("</style></head><body><main>")
            .Append("<h1>文书核验</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"result {tone}\" role=\"status\" data-outcome=\"{E(result?.Outcome.ToString() ?? "NotFound")}\">{E(message)}</p>");
        if (result?.Document is { } d)
        {
            html.Append("<dl>");
            Item(html, "文书", d.Title);
            Item(html, "出具机关", d.IssuingOffice);
            Item(html, "申请编号", d.TrackingNumber);
            Item(html, "申请人", d.MaskedName);
            Item(html, "出具日期", d.IssuedOn.ToString("yyyy年M月d日", CultureInfo.InvariantCulture));
            Item(html, "核验码", d.VerificationCode);
            Item(html, "原件摘要（SHA-256）", d.Sha256);
            if (result.UploadedSha256 is { } uploaded)
            {
                Item(html, "您上传文件的摘要", uploaded);
            }

            Item(html, "签名密钥", d.SigningKeyId);
            html.Append("</dl>");
        }

        if (status == StatusCodes.Status200OK)
        {
            html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" enctype=\"multipart/form-data\" action=\"{E(DocumentRoutes.Verification(code))}\">")
                .Append("<label for=\"file\">上传您手中的 PDF 文件，核对是否为原件、是否被改动：</label>")
                .Append("<input id=\"file\" name=\"file\" type=\"file\" accept=\"application/pdf\" required>")
                .Append("<br><button type=\"submit\">核验文件</button></form>");
        }

        html.Append("<p class=\"note\">本页只显示核验所需的信息，不显示身份证号、电话等个人信息。</p></main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static void Item(StringBuilder html, string name, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<dt>{E(name)}</dt><dd>{E(value)}</dd>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
