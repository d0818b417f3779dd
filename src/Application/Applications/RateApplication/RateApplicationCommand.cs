using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RateApplication;

/// <summary>好差评: the resident rates a decided application once, 1 to 5, with an optional comment.</summary>
[Authorize(Role.Resident)]
public sealed record RateApplicationCommand(Guid Id, int Score, string? Comment) : ICommand<RatingDto>;

public sealed record RatingDto(int Score, string? Comment, DateTimeOffset RatedAt);
