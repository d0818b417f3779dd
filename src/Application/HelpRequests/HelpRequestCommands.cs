using System.Text.Json.Serialization;
using FluentValidation;
using ReliefPlatform.Application.Auth;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.HelpRequests;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.HelpRequests;

// Outside Application.Applications on purpose: filing needs no account (the phone is typed instead).

/// <summary>
/// 求助: "我不知道该申请什么". Signed in, the account's phone is used unless another is typed; signed out,
/// a phone is required. The county of <paramref name="PlaceCode"/> gets it.
/// </summary>
public sealed record FileHelpRequestCommand(string Text, string PlaceCode, string? Phone) : ICommand<HelpRequestReceiptDto>, IIdempotentCommand
{
    /// <summary>From the <c>Idempotency-Key</c> header: a phone that sends again after losing the answer files once.</summary>
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

/// <summary>The request's id and the county's last working day to route or answer it.</summary>
public sealed record HelpRequestReceiptDto(Guid Id, DateOnly DueDate, string CountyName);

/// <summary>转办: a caseworker of the county names the item that fits, and what the resident should do.</summary>
[Authorize(Role.Caseworker)]
public sealed record RouteHelpRequestCommand(Guid Id, string ItemCode, string Reply, Guid? ExpectedVersion) : ICommand<HelpRequestDto>;

/// <summary>答复: a caseworker of the county answers in words (no item fits, or none is needed).</summary>
[Authorize(Role.Caseworker)]
public sealed record AnswerHelpRequestCommand(Guid Id, string Reply, Guid? ExpectedVersion) : ICommand<HelpRequestDto>;

internal sealed class FileHelpRequestCommandValidator : AbstractValidator<FileHelpRequestCommand>
{
    public FileHelpRequestCommandValidator(IRegionDirectory regions, ICurrentUser user)
    {
        RuleFor(c => c.Text)
            .NotEmpty().WithMessage(_ => Text.Pick("请说说您遇到了什么困难。", "Tell us what the problem is."))
            .MaximumLength(HelpRequest.TextMaxLength).WithMessage(_ => Text.Pick($"请不要超过 {HelpRequest.TextMaxLength} 个字。", $"At most {HelpRequest.TextMaxLength} characters."));
        RuleFor(c => c.PlaceCode)
            .MaximumLength(RegionCode.MaxLength).WithMessage(_ => PlaceMessage)
            .Must(code => RegionCode.IsWellFormed(code) && regions.Find(code) is { Level: RegionLevel.County or RegionLevel.Township or RegionLevel.Village } r
                          && RegionCode.IsWithin(r.Code, regions.ProvinceCode))
            .WithMessage(_ => PlaceMessage);
        RuleFor(c => c.Phone!).MobileNumber().When(c => !string.IsNullOrWhiteSpace(c.Phone));
        RuleFor(c => c.Phone)
            .NotEmpty().When(_ => user.Role != Role.Resident)
            .WithMessage(_ => Text.Pick("请留下手机号，处理结果会发短信告诉您。", "Leave a mobile number: we text you what happens."));
    }

    private static string PlaceMessage => Text.Pick("请选择您住在哪里：本省的县（市、区）、乡镇或村。", "Choose where you live: a county, township or village in this province.");
}

internal sealed class RouteHelpRequestCommandValidator : AbstractValidator<RouteHelpRequestCommand>
{
    public RouteHelpRequestCommandValidator(ICatalog catalog)
    {
        RuleFor(c => c.ItemCode)
            .MustAsync(async (code, ct) => (await catalog.GetAsync(ct)).FindItem(code) is not null)
            .WithMessage(_ => Text.Pick("请选择一个事项。", "Choose a service item."));
        RuleFor(c => c.Reply).HelpRequestReply();
    }
}

internal sealed class AnswerHelpRequestCommandValidator : AbstractValidator<AnswerHelpRequestCommand>
{
    public AnswerHelpRequestCommandValidator() => RuleFor(c => c.Reply).HelpRequestReply();
}

internal static class HelpRequestRules
{
    public static IRuleBuilderOptions<T, string> HelpRequestReply<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(_ => Text.Pick("请写下告诉群众的话。", "Write what the resident is told."))
            .MaximumLength(HelpRequest.ReplyMaxLength).WithMessage(_ => Text.Pick($"请不要超过 {HelpRequest.ReplyMaxLength} 个字。", $"At most {HelpRequest.ReplyMaxLength} characters."));
}
