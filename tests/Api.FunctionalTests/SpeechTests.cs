using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// 语音朗读's recordings (ADR 0041), made by Debian's eSpeak NG that the test command installs. Nobody can
/// listen here: a recording is checked to be a WAV file of several seconds, not a header around nothing.
/// </summary>
public abstract class SpeechTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task GetItemSpeech_ForAnItem_AnswersAWavRecordingOfSeveralSeconds_TheSameTheSecondTime()
    {
        var client = factory.CreateClient();

        var first = await client.GetAsync("/api/v1/speech/items/civil.dibao");
        var second = await client.GetByteArrayAsync("/api/v1/speech/items/civil.dibao");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("audio/wav", first.Content.Headers.ContentType?.MediaType);
        var audio = await first.Content.ReadAsByteArrayAsync();
        AssertSpeech(audio, minimumSeconds: 5);
        Assert.Equal(audio, second);
    }

    [Fact]
    public async Task GetFieldSpeech_ForEveryQuestionOfAnItem_AnswersARecording()
    {
        var client = factory.CreateClient();
        var catalog = await client.GetFromJsonAsync<JsonObject>("/api/v1/catalog");
        var item = catalog!["departments"]!.AsArray().SelectMany(d => d!["items"]!.AsArray()).Single(i => i!["code"]!.GetValue<string>() == "civil.temporary-aid")!;

        foreach (var key in item["fields"]!.AsArray().Select(f => f!["key"]!.GetValue<string>()))
        {
            AssertSpeech(await client.GetByteArrayAsync($"/api/v1/speech/items/civil.temporary-aid/fields/{key}"), minimumSeconds: 1);
        }
    }

    [Theory]
    [InlineData("Submitted")]
    [InlineData("InfoRequested")]
    [InlineData("Approved")]
    [InlineData("Merged")]
    public async Task GetStatusSpeech_ForAStatus_AnswersARecording(string status)
    {
        var audio = await factory.CreateClient().GetByteArrayAsync($"/api/v1/speech/statuses/{status}");

        AssertSpeech(audio, minimumSeconds: 1);
    }

    [Theory]
    [InlineData("/api/v1/speech/items/civil.nothing")]
    [InlineData("/api/v1/speech/items/NOT%20A%20CODE")]
    [InlineData("/api/v1/speech/items/civil.dibao/fields/nothing")]
    [InlineData("/api/v1/speech/statuses/Lost")]
    [InlineData("/api/v1/speech/statuses/3")]
    public async Task Speech_OfSomethingThatDoesNotExist_Answers404ProblemDetails(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Speech_WithoutAnEngine_Answers503InsteadOfNoise()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"relief-speech-{Guid.NewGuid():N}");
        await using var silent = factory.WithWebHostBuilder(b => b.UseSetting("Speech:Engine", "/nonexistent/espeak-ng").UseSetting("Speech:Directory", directory));

        var response = await silent.CreateClient().GetAsync("/api/v1/speech/statuses/Accepted");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(Directory.Exists(directory) && Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Any(), "nothing was kept");
    }

    /// <summary>A RIFF/WAVE file of 16-bit PCM whose samples are not all silence, lasting at least the seconds given.</summary>
    private static void AssertSpeech(byte[] audio, double minimumSeconds)
    {
        Assert.Equal("RIFF"u8.ToArray(), audio[..4]);
        Assert.Equal("WAVE"u8.ToArray(), audio[8..12]);
        var byteRate = BitConverter.ToInt32(audio, 28);
        Assert.True((audio.Length - 44) / (double)byteRate >= minimumSeconds, $"{audio.Length} bytes at {byteRate} bytes a second");
        var loud = 0;
        for (var i = 44; i + 1 < audio.Length; i += 2)
        {
            if (Math.Abs((int)BitConverter.ToInt16(audio, i)) > 1_000)
            {
                loud++;
            }
        }

        Assert.True(loud > byteRate / 20, $"only {loud} samples are above silence");
    }
}

public sealed class SqliteSpeechTests(SqliteApiFactory factory) : SpeechTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresSpeechTests(PostgresApiFactory factory) : SpeechTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerSpeechTests(SqlServerApiFactory factory) : SpeechTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
