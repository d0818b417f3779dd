using FluentValidation;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Documents;

namespace ReliefPlatform.Application.Documents.VerifyDocument;

internal sealed class VerifyDocumentQueryValidator : AbstractValidator<VerifyDocumentQuery>
{
    public VerifyDocumentQueryValidator()
    {
        RuleFor(q => q)
            .Must(q => q.Code is not null || q.Content is { Length: > 0 })
            .WithName("file")
            .WithMessage(_ => Text.Pick("请选择要核验的文件。", "Choose the file to check."));
        RuleFor(q => q.Code)
            .Must(c => c is null || (c.Length == DecisionDocument.VerificationCodeLength && c.All(ch => char.IsAsciiLetterUpper(ch) || ch is >= '2' and <= '7')))
            .WithMessage(_ => Text.Pick("核验码应为16位字母和数字。", "A verification code has 16 letters and digits."));
        RuleFor(q => q.Content)
            .Must(c => c is null || c.Length <= VerifyDocumentQuery.MaxBytes)
            .WithName("file")
            .WithMessage(_ => Text.Pick("文件太大，不是平台出具的文书。", "The file is too large to be a document of the platform."));
    }
}
