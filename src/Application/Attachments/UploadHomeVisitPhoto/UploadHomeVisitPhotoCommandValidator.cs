using FluentValidation;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Attachments.UploadHomeVisitPhoto;

internal sealed class UploadHomeVisitPhotoCommandValidator : AbstractValidator<UploadHomeVisitPhotoCommand>
{
    public UploadHomeVisitPhotoCommandValidator()
    {
        RuleFor(c => c.Content.Length).GreaterThan(0).OverridePropertyName("file")
            .WithMessage(_ => Text.Pick("请选择要上传的照片。", "Choose a photo to upload."));
        RuleFor(c => c.Content.Length).LessThanOrEqualTo(Attachment.MaxBytes).OverridePropertyName("file")
            .WithMessage(_ => Text.Pick($"照片不能超过 {Attachment.MaxBytes / 1024 / 1024} MB。", $"A photo can be at most {Attachment.MaxBytes / 1024 / 1024} MB."));
        RuleFor(c => c.Content).Must(c => c.Length == 0 || FileSignatures.Detect(c.Span) is { } type && type != FileSignatures.Pdf).OverridePropertyName("file")
            .WithMessage(_ => Text.Pick("请上传照片（JPEG、PNG 或 WebP）。", "Upload a photo (JPEG, PNG or WebP)."));
    }
}
