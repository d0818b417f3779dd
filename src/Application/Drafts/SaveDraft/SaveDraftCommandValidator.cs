using System.Text.Json;
using FluentValidation;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Drafts;

namespace ReliefPlatform.Application.Drafts.SaveDraft;

internal sealed class SaveDraftCommandValidator : AbstractValidator<SaveDraftCommand>
{
    public SaveDraftCommandValidator()
    {
        RuleFor(c => c.ItemCode).NotEmpty()
            .WithMessage(_ => Text.Pick("请说明是哪个事项的草稿。", "Say which service item the draft is for."));
        RuleFor(c => c.Data)
            .Must(d => d.ValueKind == JsonValueKind.Object)
            .WithMessage(_ => Text.Pick("草稿内容必须是一个 JSON 对象。", "The draft must be a JSON object."))
            .Must(d => d.ValueKind != JsonValueKind.Object || d.GetRawText().Length <= ApplicationDraft.DataMaxLength)
            .WithMessage(_ => Text.Pick("草稿太大了。", $"A draft must be at most {ApplicationDraft.DataMaxLength} characters."));
    }
}
