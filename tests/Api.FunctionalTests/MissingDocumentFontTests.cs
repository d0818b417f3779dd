using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Without the written decisions' Chinese font (ADR 0037), no decision is taken without its paper: the step
/// answers 503 and leaves the case as it was, and readiness names the missing font.
/// </summary>
public sealed class MissingDocumentFontTests(MissingDocumentFontTests.Factory factory) : IClassFixture<MissingDocumentFontTests.Factory>
{
    [Fact]
    public async Task Accept_WithoutTheFont_Answers503_ChangesNothing_AndReadinessSaysWhy()
    {
        var resident = await factory.ResidentAsync(TestData.Phone());
        var caseworker = await factory.StaffAsync(TestData.OneStageCaseworker);
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();

        var accept = await caseworker.PostAsync($"/api/v1/applications/{id}/accept", null);
        var ready = await factory.CreateClient().GetAsync("/health/ready");
        var body = (await ready.Content.ReadFromJsonAsync<JsonObject>())!.ToJsonString();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, accept.StatusCode);
        Assert.Equal("Submitted", (await caseworker.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}"))!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("fonts-noto-cjk", body);
    }

    public sealed class Factory : SqliteApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Documents:FontPath"] = "/nonexistent/NotoSansCJK-Regular.ttc" };
    }
}
