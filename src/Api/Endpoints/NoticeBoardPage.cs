using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.PublicNotices;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Api.Endpoints;

/// <summary>
/// The 公示 page a village notice board's QR code opens (/gongshi/{place}, ADR 0040): server-rendered plain
/// Chinese, light on a cheap phone, not indexed, listing the notices on show with only what a 公示 may
/// show, and a form per notice to object with a contact or anonymously. The form works without script
/// (an error comes back on the page with what was typed); a small inline script keeps what is typed on
/// the phone until the township has it, so a lost signal or a refused send loses nothing.
/// </summary>
internal static class NoticeBoardPage
{
    public const string Prefix = "/gongshi";

    public const string Style =
        "body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:0;background:#f5f6f7;color:#1a1a1a;line-height:1.6;font-size:1.05rem}"
        + "main{max-width:40rem;margin:0 auto;padding:1rem}h1{font-size:1.4rem;margin:.25rem 0 .75rem}h2{font-size:1.15rem;margin:0 0 .5rem}"
        + ".intro{background:#e8f0fe;border-left:6px solid #1a56b0;padding:.75rem 1rem;border-radius:6px}"
        + "article{background:#fff;border-radius:6px;padding:1rem;margin:1rem 0}dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem .75rem;margin:0}"
        + "dt{color:#555}dd{margin:0;overflow-wrap:anywhere}.left{font-weight:600;color:#8a4b00}"
        + "summary{margin-top:.75rem;color:#1a56b0;font-weight:600;cursor:pointer;padding:.5rem 0}"
        + "label{display:block;margin:.6rem 0 .2rem}textarea,input{box-sizing:border-box;width:100%;font-size:1rem;padding:.5rem;border:1px solid #888;border-radius:4px}"
        + "textarea{min-height:6rem}button{margin-top:.75rem;font-size:1.05rem;padding:.7rem 1.5rem;border:0;border-radius:6px;background:#1a56b0;color:#fff;width:100%}"
        + ".hint{color:#555;font-size:.9rem;margin:.2rem 0}.result{padding:.75rem 1rem;border-radius:6px;font-weight:600}"
        + ".ok{background:#e6f4ea;border-left:6px solid #1e7b34}.bad{background:#fdecea;border-left:6px solid #b3261e}.note{color:#555;font-size:.9rem}";

    /// <summary>Keeps each objection being typed on the phone (localStorage) until the service has it; forgets it once sent.</summary>
    public const string Script =
        "(function(){try{var s=window.localStorage,sent=document.body.getAttribute('data-sent');if(sent){s.removeItem('gongshi.'+sent)}"
        + "document.querySelectorAll('form[data-notice]').forEach(function(f){var k='gongshi.'+f.getAttribute('data-notice'),t=f.elements.text,c=f.elements.contact,"
        + "d=JSON.parse(s.getItem(k)||'null');if(d&&!t.value&&!c.value){t.value=d.text||'';c.value=d.contact||'';if(d.text){f.parentNode.open=true}}"
        + "f.addEventListener('input',function(){s.setItem(k,JSON.stringify({text:t.value,contact:c.value}))})})}catch(e){}})();";

    public static readonly string ContentSecurityPolicy = Infrastructure.SecurityHeaders.ContentSecurityPolicy.Replace("script-src 'self'", $"script-src 'sha256-{Hash(Script)}'", StringComparison.Ordinal)
        + $"; style-src 'sha256-{Hash(Style)}'";

    public static bool Serves(PathString path) => path.StartsWithSegments(Prefix);

    /// <summary>A browser on the page (it asks for HTML), rather than a program calling the address.</summary>
    public static bool IsReadByAPerson(HttpRequest request) =>
        Serves(request.Path) && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static Task<IResult> Show(string place, IMediator mediator, IRegionDirectory regions, HttpContext context, CancellationToken cancellationToken) =>
        RenderAsync(place, null, mediator, regions, context, cancellationToken);

    public static async Task<IResult> Object(
        string place, Guid noticeId, [FromForm] ObjectionForm form, IMediator mediator, IRegionDirectory regions, HttpContext context, CancellationToken cancellationToken)
    {
        var text = form.Text?.Trim() ?? string.Empty;
        var contact = form.Contact?.Trim() ?? string.Empty;
        var typed = new Typed(noticeId, text, contact);
        try
        {
            var receipt = await mediator.Send(new RaiseObjectionCommand(noticeId, text, contact.Length == 0 ? null : contact), cancellationToken);
            return await RenderAsync(place, typed with { Receipt = receipt }, mediator, regions, context, cancellationToken);
        }
        catch (ValidationException ex)
        {
            return await RenderAsync(place, typed with { Error = string.Join(" ", ex.Errors.Values.SelectMany(v => v)) }, mediator, regions, context, cancellationToken);
        }
        catch (Exception ex) when (ex is NotFoundException or DomainException)
        {
            return await RenderAsync(place, typed with { Error = "这条公示已经结束，意见没有提交。如果您仍然认为情况不实，请直接告诉村（居）委会或乡镇（街道）。", Ended = true }, mediator, regions, context, cancellationToken);
        }
    }

    /// <summary>The answer when an address has sent too many objections: a page, since a person reads it.</summary>
    public static Task WriteTooManyAsync(HttpContext context, string message)
    {
        var html = Begin(context, "公示").Append(CultureInfo.InvariantCulture, $"<p class=\"result bad\" role=\"alert\">{E(message)}</p>")
            .Append("<p>您写的意见已经保存在这部手机上。过几分钟后返回公示页面，意见会还在，再提交即可。</p>");
        if (context.Request.RouteValues["place"] is string place)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(Prefix)}/{E(place)}\">返回公示</a></p>");
        }

        return context.Response.WriteAsync(End(html), cancellationToken: context.RequestAborted);
    }

    private static async Task<IResult> RenderAsync(string place, Typed? typed, IMediator mediator, IRegionDirectory regions, HttpContext context, CancellationToken cancellationToken)
    {
        PublicNoticesDto notices;
        try
        {
            notices = await mediator.Send(new GetPublicNoticesQuery(place), cancellationToken);
        }
        catch (ValidationException)
        {
            var missing = Begin(context, "公示").Append("<h1>公示</h1><p class=\"result bad\" role=\"alert\">没有找到这个村（社区）的公示。请核对公示栏上的二维码或网址。</p>");
            return Html(StatusCodes.Status404NotFound, End(missing));
        }

        var placeName = notices.PlaceName ?? place;
        var township = regions.Find(place[..RegionCode.TownshipLength])?.Name ?? "乡镇（街道）";
        var html = Begin(context, $"{placeName}公示", typed?.Receipt is null ? null : typed.NoticeId)
            .Append(CultureInfo.InvariantCulture, $"<h1>{E(placeName)} · 救助申请公示</h1>");
        if (typed?.Receipt is { } receipt)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"result ok\" role=\"status\" data-test=\"objection-received\">我们已经收到您的意见，谢谢您。{E(township)}会在 {E(Date(receipt.DueDate))} 前核实处理。我们不会公开您的信息。</p>");
        }
        else if (typed is { Ended: true } ended)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"result bad\" role=\"alert\">{E(ended.Error!)}</p>");
            if (ended.Text.Length > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">您写的内容：{E(ended.Text)}</p>");
            }
        }

        html.Append("<p class=\"intro\">这里公示的是正在申请社会救助的家庭。公示期间，如果您认为哪一户的情况与实际不符（比如收入、房子、车辆、家里的人口），可以提出意见，")
            .Append(CultureInfo.InvariantCulture, $"{E(township)}会核实处理。可以留下联系方式，也可以不留（匿名）。我们不会公开您的信息。</p>");
        if (notices.Notices.Count == 0)
        {
            html.Append("<p data-test=\"no-notices\">现在没有正在公示的申请。</p>");
        }

        foreach (var n in notices.Notices)
        {
            Notice(html, place, n, notices.Today, typed is { Receipt: null, Ended: false } && typed.NoticeId == n.Id ? typed : null);
        }

        html.Append("<p class=\"note\">本页只显示公示需要的信息：姓名（中间一个字隐去）、家庭人口、申请事项、拟给予的救助和公示时间。公示结束后，这里不再显示。</p>");
        var status = typed is null || typed.Receipt is not null ? StatusCodes.Status200OK
            : typed.Ended ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        return Html(status, End(html));
    }

    private static void Notice(StringBuilder html, string place, PublicNoticeDto n, DateOnly today, Typed? typed)
    {
        // A period in days starts the day after it is posted (民法典 第二百零一条): posted on the 6th, 7 days run 7th–13th.
        var firstDay = n.StartsOn.AddDays(1);
        var daysLeft = n.EndsOn.DayNumber - Math.Max(today.DayNumber, firstDay.DayNumber - 1);
        var left = daysLeft <= 0 ? "今天是最后一天" : $"还有 {daysLeft} 天";
        var id = n.Id.ToString("N", CultureInfo.InvariantCulture);
        html.Append(CultureInfo.InvariantCulture, $"<article id=\"n-{id}\" data-test=\"notice\" aria-labelledby=\"t-{id}\">")
            .Append(CultureInfo.InvariantCulture, $"<h2 id=\"t-{id}\">{E(n.MaskedName)} 家</h2><dl>")
            .Append(CultureInfo.InvariantCulture, $"<dt>申请的救助</dt><dd>{E(n.ItemName)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>家里几口人</dt><dd>{n.HouseholdSize} 人</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>拟给予的救助</dt><dd>{E(n.ProposedHelp)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>公示时间</dt><dd>{E(Date(firstDay))} 至 {E(Date(n.EndsOn))}（共 {n.EndsOn.DayNumber - n.StartsOn.DayNumber} 天）</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>剩余时间</dt><dd class=\"left\">{E(left)}</dd></dl>")
            .Append(typed is null ? "<details>" : "<details open>")
            .Append(CultureInfo.InvariantCulture, $"<summary>对这一户提出意见</summary><form method=\"post\" action=\"{E(Prefix)}/{E(place)}/{n.Id}#n-{id}\" data-notice=\"{n.Id}\">");
        if (typed?.Error is { } error)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"result bad\" role=\"alert\" id=\"e-{id}\">意见没有提交：{E(error)}</p>");
        }

        var described = typed?.Error is null ? string.Empty : $" aria-describedby=\"e-{id}\"";
        html.Append(CultureInfo.InvariantCulture, $"<label for=\"text-{id}\">您的意见（必填）</label>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"hint\" id=\"h-{id}\">写清楚哪里和实际不符，比如“他家有一辆货车”。</p>")
            .Append(CultureInfo.InvariantCulture, $"<textarea id=\"text-{id}\" name=\"text\" maxlength=\"{NoticeObjection.TextMaxLength}\" aria-describedby=\"h-{id}\"{described}>{E(typed?.Text ?? string.Empty)}</textarea>")
            .Append(CultureInfo.InvariantCulture, $"<label for=\"contact-{id}\">您的电话或其他联系方式（选填）</label>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"hint\" id=\"c-{id}\">不填就是匿名提出。留下的话，只有核实的工作人员能看到。</p>")
            .Append(CultureInfo.InvariantCulture, $"<input id=\"contact-{id}\" name=\"contact\" maxlength=\"{NoticeObjection.ContactMaxLength}\" autocomplete=\"tel\" aria-describedby=\"c-{id}\" value=\"{E(typed?.Contact ?? string.Empty)}\">")
            .Append("<button type=\"submit\">提交意见</button></form></details></article>");
    }

    private static StringBuilder Begin(HttpContext context, string title, Guid? sent = null)
    {
        context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/html; charset=utf-8";
        return new StringBuilder()
            .Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex, nofollow\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{E(title)} · 云南政府救助平台</title><style>{Style}</style></head>")
            .Append(sent is { } id ? $"<body data-sent=\"{id}\"><main>" : "<body><main>");
    }

    private static string End(StringBuilder html) =>
        html.Append("</main><script>").Append(Script).Append("</script></body></html>").ToString();

    private static IResult Html(int status, string html) => Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    private static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string Hash(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The page's objection form, as a browser posts it.</summary>
    public sealed class ObjectionForm
    {
        public string? Text { get; init; }

        public string? Contact { get; init; }
    }

    private sealed record Typed(Guid NoticeId, string Text, string Contact)
    {
        public ObjectionReceiptDto? Receipt { get; init; }

        public string? Error { get; init; }

        public bool Ended { get; init; }
    }
}
