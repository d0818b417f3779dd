using FluentValidation;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Attachments.UploadAttachment;

internal sealed class UploadAttachmentCommandValidator : AbstractValidator<UploadAttachmentCommand>
{
    public UploadAttachmentCommandValidator()
    {
        RuleFor(c => c.ItemCode).NotEmpty()
            .WithMessage(_ => Text.Pick("请说明是哪个事项的材料。", "Say which service item the file is for."));
        RuleFor(c => c.DocumentKey).MaximumLength(Attachment.DocumentKeyMaxLength);
        RuleFor(c => c.Content.Length).GreaterThan(0).OverridePropertyName("file")
            .WithMessage(_ => Text.Pick("请选择要上传的照片或文件。", "Choose a photo or file to upload."));
        RuleFor(c => c.Content.Length).LessThanOrEqualTo(Attachment.MaxBytes).OverridePropertyName("file")
            .WithMessage(_ => Text.Pick($"文件不能超过 {Attachment.MaxBytes / 1024 / 1024} MB。", $"A file can be at most {Attachment.MaxBytes / 1024 / 1024} MB."));
        RuleFor(c => c.Content).Must(c => c.Length == 0 || FileSignatures.Detect(c.Span) is not null).OverridePropertyName("file")
            .WithMessage(_ => FileSignatures.NotAccepted());
    }
}
