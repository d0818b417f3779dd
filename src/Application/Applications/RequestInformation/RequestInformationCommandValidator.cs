using FluentValidation;
using ReliefPlatform.Application.Common.Validation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RequestInformation;

internal sealed class RequestInformationCommandValidator : AbstractValidator<RequestInformationCommand>
{
    public const int MaxDocuments = 20;

    public RequestInformationCommandValidator()
    {
        RuleFor(c => c.Reason).Reason();
        RuleFor(c => c.MissingDocuments).Cascade(CascadeMode.Stop)
            .MaxItems(MaxDocuments).WithMessage(_ => Message)
            .Must(keys => keys is null || keys.All(k => !string.IsNullOrWhiteSpace(k) && k.Length <= 64))
            .WithMessage(_ => Message);
    }

    private static string Message => Text.Pick($"缺少的材料最多 {MaxDocuments} 项，每项是事项材料的编码。", $"At most {MaxDocuments} missing documents, each a document key of the item.");
}
