using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Infrastructure;

/// <summary>
/// Limits per client address on the sign-in endpoints (<c>RateLimits:{policy}:PermitLimit</c> requests
/// per <c>WindowSeconds</c>), on top of the per-phone limits of the one-time codes: one address cannot
/// text many phones, guess codes across many phones, or try many staff passwords. The address is the
/// connection's, or the one forwarded by a proxy listed in <c>ForwardedHeaders:KnownProxies</c>; an
/// IPv6 client is its /64, which one subscriber typically holds whole.
/// </summary>
internal static class ClientRateLimits
{
    public const string OtpRequest = nameof(OtpRequest);
    public const string OtpVerify = nameof(OtpVerify);
    public const string StaffLogin = nameof(StaffLogin);

    /// <summary>Objections to public notices: anyone may send one, nobody should be able to flood a township.</summary>
    public const string NoticeObjection = nameof(NoticeObjection);

    /// <summary>求助 (ADR 0044): anyone may ask, signed in or not; five a minute from one address, as objections.</summary>
    public const string HelpRequest = nameof(HelpRequest);

    public static IServiceCollection AddClientRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        // Only the proxies named here are believed; by default nobody is, so a client cannot pick its own address.
        // Parsed now, so that a mistyped address stops start-up rather than the first request.
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = proxies.Where(p => p.Contains('/', StringComparison.Ordinal)).Select(p => System.Net.IPNetwork.Parse(p)).ToList();
        var addresses = proxies.Where(p => !p.Contains('/', StringComparison.Ordinal)).Select(IPAddress.Parse).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            networks.ForEach(o.KnownIPNetworks.Add);
            addresses.ForEach(o.KnownProxies.Add);
        });

        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            AddPerAddressPolicy(o, configuration, OtpRequest, defaultPermits: 10);
            AddPerAddressPolicy(o, configuration, OtpVerify, defaultPermits: 20);
            AddPerAddressPolicy(o, configuration, StaffLogin, defaultPermits: 20);
            AddPerAddressPolicy(o, configuration, NoticeObjection, defaultPermits: 5);
            AddPerAddressPolicy(o, configuration, HelpRequest, defaultPermits: 5);
        });
    }

    private static void AddPerAddressPolicy(RateLimiterOptions options, IConfiguration configuration, string policy, int defaultPermits)
    {
        var section = configuration.GetSection($"RateLimits:{policy}");
        var limiter = new FixedWindowRateLimiterOptions
        {
            PermitLimit = section.GetValue("PermitLimit", defaultPermits),
            Window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 60)),
            QueueLimit = 0,
        };
        options.AddPolicy(policy, context => RateLimitPartition.GetFixedWindowLimiter(ClientKey(context.Connection.RemoteIpAddress), _ => limiter));
    }

    internal static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        var message = Text.Pick("来自您所在网络的请求太多，请稍后再试。", "Too many requests from your network; please try again later.");
        var problem = ProblemDetailsExceptionHandler.TooManyRequests(context.HttpContext, retryAfter, message);
        if (Endpoints.NoticeBoardPage.IsReadByAPerson(context.HttpContext.Request))
        {
            // A person on the 公示 page reads the answer: a page, with the same words. Any other caller gets the problem, as everywhere.
            await Endpoints.NoticeBoardPage.WriteTooManyAsync(context.HttpContext, message);
            return;
        }

        await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = problem,
        });
    }
}
