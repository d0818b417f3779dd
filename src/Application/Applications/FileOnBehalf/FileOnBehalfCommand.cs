using System.Text.Json;
using System.Text.Json.Serialization;
using ReliefPlatform.Application.Applications.SubmitApplication;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Applications.FileOnBehalf;

/// <summary>
/// 他人代举 / 政府托举: a caseworker (or a village official with a caseworker account) enters an
/// application for a resident of their county who has no phone or cannot use one. The channel and the
/// official are recorded on the application and shown with it; no resident account owns it, so the
/// department tells the resident by SMS to <see cref="ApplicantInput.Phone"/> (a relative's or the
/// village committee's number will do).
/// </summary>
[Authorize(Role.Caseworker)]
public sealed record FileOnBehalfCommand(
    ItemCode ItemCode,
    RegionCode RegionCode,
    string Channel,
    ApplicantInput Applicant,
    JsonElement? Answers,
    string Description) : ICommand<SubmittedApplicationDto>, IIdempotentCommand, IApplicationInput
{
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}
