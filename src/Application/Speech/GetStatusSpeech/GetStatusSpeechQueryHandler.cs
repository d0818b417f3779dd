using MediatR;

namespace ReliefPlatform.Application.Speech.GetStatusSpeech;

internal sealed class GetStatusSpeechQueryHandler(ISpeechSynthesizer speech) : IRequestHandler<GetStatusSpeechQuery, SpeechDto>
{
    public async Task<SpeechDto> Handle(GetStatusSpeechQuery request, CancellationToken cancellationToken) =>
        new(await speech.SpeakAsync(SpeechTexts.Status(request.Status), cancellationToken), SpeechTexts.ContentType);
}
