using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RespondToRating;

/// <summary>The department closes a poor rating's follow-up with what it did; the resident reads it on the application.</summary>
[Authorize(Role.Caseworker)]
public sealed record RespondToRatingCommand(Guid Id, string Response) : ICommand<FollowUpDto>;

public sealed record FollowUpDto(string Status, string StatusText, DateOnly DueDate, string? Response, DateTimeOffset? ClosedAt);
