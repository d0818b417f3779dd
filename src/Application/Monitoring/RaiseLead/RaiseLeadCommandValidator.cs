using FluentValidation;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Monitoring.RaiseLead;

internal sealed class RaiseLeadCommandValidator : AbstractValidator<RaiseLeadCommand>
{
    public RaiseLeadCommandValidator(IRegionDirectory regions, ICurrentUser user)
    {
        RuleFor(c => c.RegionCode)
            .Must(code => code is not null && regions.Find(code.Value) is { Level: RegionLevel.County or RegionLevel.Township or RegionLevel.Village }
                          && user.RegionCode is not null && RegionCode.IsWithin(code.Value, user.RegionCode))
            .WithMessage(_ => Text.Pick("请选择本县（市、区）内的乡镇或村。", "Choose a township or village in your county."));
        RuleFor(c => c.Subject)
            .NotEmpty().WithMessage(_ => Text.Pick("请写明线索内容。", "Say what the lead is about."))
            .MaximumLength(Lead.SubjectMaxLength).WithMessage(_ => Text.Pick($"线索内容不能超过{Lead.SubjectMaxLength}个字。", $"At most {Lead.SubjectMaxLength} characters."));
    }
}
