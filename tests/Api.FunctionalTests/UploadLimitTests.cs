using System.Net;
using System.Net.Http.Headers;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>Over Kestrel, where body limits apply: the upload route takes up to 5 MB, every other route keeps 1 MB.</summary>
public sealed class UploadLimitTests(KestrelSqliteApiFactory kestrel) : IClassFixture<KestrelSqliteApiFactory>
{
    [Fact]
    public async Task Upload_AboveTheGlobalBodyLimit_IsTakenUpToFiveMegabytesAndRefusedBeyond()
    {
        var resident = await kestrel.ResidentAsync();

        // The client waits for "100 Continue" before sending a body, so a refusal arrives before 6 MB is pushed at a closed connection.
        resident.DefaultRequestHeaders.ExpectContinue = true;
        var twoMegabytes = Pdf(2 * 1024 * 1024);

        var taken = await ResidentPageTests<KestrelSqliteApiFactory>.UploadAsync(resident, twoMegabytes, "invoice.pdf");
        var refused = await ResidentPageTests<KestrelSqliteApiFactory>.UploadAsync(resident, Pdf(6 * 1024 * 1024), "big.pdf");
        var draft = await resident.PutAsync("/api/v1/drafts/civil.dibao", new ByteArrayContent(twoMegabytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });

        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        Assert.Equal("application/pdf", (await taken.JsonAsync())["contentType"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, draft.StatusCode);
    }

    private static byte[] Pdf(int size)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
