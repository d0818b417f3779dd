using MediatR;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Application.Speech.GetItemSpeech;

internal sealed class GetItemSpeechQueryHandler(ICatalog catalog, ISpeechSynthesizer speech) : IRequestHandler<GetItemSpeechQuery, SpeechDto>
{
    public async Task<SpeechDto> Handle(GetItemSpeechQuery request, CancellationToken cancellationToken)
    {
        var item = (await catalog.GetAsync(cancellationToken)).FindItem(request.Item) ?? throw new NotFoundException();
        string text;
        if (request.FieldKey is null)
        {
            text = $"{item.Name}。\n{item.Description}\n谁可以申请：{item.WhoCanApply}";
        }
        else
        {
            var field = item.Fields.FirstOrDefault(f => f.Key == request.FieldKey) ?? throw new NotFoundException();
            text = string.Join("\n", new[] { $"{field.Label}。", field.Hint }.Concat(field.Options?.Select(o => $"{o.Label}。") ?? []).Where(s => !string.IsNullOrWhiteSpace(s)));
        }

        return new SpeechDto(await speech.SpeakAsync(text, cancellationToken), SpeechTexts.ContentType);
    }
}
