namespace ReliefPlatform.Infrastructure.Services;

/// <summary>Settings under <c>Sms:Gateway</c>, read when <c>Sms:Delivery</c> is <c>Http</c>.</summary>
public sealed class SmsGatewayOptions
{
    public const string Section = "Sms:Gateway";

    /// <summary>The gateway's send address (https in production).</summary>
    public Uri? Url { get; set; }

    public string Account { get; set; } = string.Empty;

    /// <summary>The shared secret that signs each request (HMAC-SHA256), at least 16 characters; from a secret store.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>The registered SMS signature (短信签名) the gateway puts on each message.</summary>
    public string SignName { get; set; } = string.Empty;

    /// <summary>How long one attempt may take before it is abandoned and retried.</summary>
    public int TimeoutSeconds { get; set; } = 5;

    /// <summary>Attempts after the first, on network errors, timeouts and 5xx answers only.</summary>
    public int RetryCount { get; set; } = 2;

    /// <summary>The wait before the first retry, doubled before each further one.</summary>
    public int RetryDelayMilliseconds { get; set; } = 500;

    internal void Validate()
    {
        List<string> problems = [];
        if (Url is not { IsAbsoluteUri: true } || (Url.Scheme != Uri.UriSchemeHttps && Url.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add("Url must be an absolute http(s) address");
        }

        if (string.IsNullOrWhiteSpace(Account))
        {
            problems.Add("Account is required");
        }

        if (Secret.Length < 16)
        {
            problems.Add("Secret must be at least 16 characters");
        }

        if (string.IsNullOrWhiteSpace(SignName))
        {
            problems.Add("SignName is required");
        }

        if (TimeoutSeconds <= 0 || RetryCount < 0 || RetryDelayMilliseconds < 0)
        {
            problems.Add("TimeoutSeconds must be positive, RetryCount and RetryDelayMilliseconds not negative");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Sms:Delivery is Http, but {Section} is not usable: {string.Join("; ", problems)}.");
        }
    }
}
