using FluentValidation;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.Procedure;

/// <summary>推进: the office holding the stage passes the case on; a review gives its recommendation.</summary>
[Authorize(Role.Caseworker)]
public sealed record CompleteStageCommand(Guid Id, string? Note, bool? RecommendApproval, string? ProposedBenefit) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}

/// <summary>退回: back to investigation, with the reason.</summary>
[Authorize(Role.Caseworker)]
public sealed record SendBackCommand(Guid Id, string Reason) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}

/// <summary>入户调查: the visit's record, entered in the field.</summary>
[Authorize(Role.Caseworker)]
public sealed record RecordHomeVisitCommand(
    Guid Id, DateOnly VisitedOn, IReadOnlyList<string> Visitors, int HouseholdSize, int MembersUnableToWork, decimal MonthlyIncomeYuan,
    string Housing, string Findings, IReadOnlyList<Guid>? PhotoIds = null) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}

/// <summary>The township's finding on an objection to the public notice.</summary>
[Authorize(Role.Caseworker)]
public sealed record ResolveObjectionCommand(Guid Id, Guid ObjectionId, bool Upheld, string Resolution) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}

internal sealed class CompleteStageCommandValidator : AbstractValidator<CompleteStageCommand>
{
    public CompleteStageCommandValidator()
    {
        RuleFor(c => c.Note).MaximumLength(ReliefApplication.ReasonMaxLength - 80).WithMessage(_ => Text.Pick("说明太长了。", "The note is too long."));
        RuleFor(c => c.ProposedBenefit).MaximumLength(ReliefApplication.BenefitMaxLength).WithMessage(_ => Text.Pick("拟给予的救助写得太长了。", "The proposed help is too long."));
    }
}

internal sealed class SendBackCommandValidator : AbstractValidator<SendBackCommand>
{
    public SendBackCommandValidator() => RuleFor(c => c.Reason).Reason();
}

internal sealed class ResolveObjectionCommandValidator : AbstractValidator<ResolveObjectionCommand>
{
    public ResolveObjectionCommandValidator() => RuleFor(c => c.Resolution).Reason();
}

internal sealed class RecordHomeVisitCommandValidator : AbstractValidator<RecordHomeVisitCommand>
{
    public RecordHomeVisitCommandValidator()
    {
        RuleFor(c => c.Visitors).NotNull().Must(v => v is { Count: >= 1 and <= 10 } && v.All(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length <= 20))
            .WithMessage(_ => Text.Pick("请填写入户工作人员的姓名（每人一项）。", "Name each visiting official (one entry each)."));
        RuleFor(c => c.HouseholdSize).InclusiveBetween(1, 50).WithMessage(_ => Text.Pick("家庭人口应在 1 到 50 之间。", "The household has 1 to 50 members."));
        RuleFor(c => c.MembersUnableToWork).InclusiveBetween(0, 50).WithMessage(_ => Text.Pick("无劳动能力人数不合理。", "The members unable to work do not add up."));
        RuleFor(c => c.MonthlyIncomeYuan).InclusiveBetween(0, 10_000_000).WithMessage(_ => Text.Pick("月收入应为 0 或正数（元）。", "The monthly income is 0 or more yuan."));
        RuleFor(c => c.Housing).NotEmpty().MaximumLength(HomeVisit.TextMaxLength).WithMessage(_ => Text.Pick("请简要写明住房情况。", "Describe the housing briefly."));
        RuleFor(c => c.Findings).NotEmpty().MaximumLength(HomeVisit.FindingsMaxLength).WithMessage(_ => Text.Pick("请写明调查发现。", "State the findings."));
        RuleFor(c => c.PhotoIds).Must(p => p is null || p.Count <= Attachments.UploadHomeVisitPhoto.UploadHomeVisitPhotoCommandHandler.MaxUnattached)
            .WithMessage(_ => Text.Pick("照片太多了。", "Too many photos."));
    }
}
