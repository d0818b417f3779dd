using System.Text.Json;
using System.Text.Json.Serialization;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Applications.SubmitApplication;

[Authorize(Role.Resident)]
public sealed record SubmitApplicationCommand(
    ItemCode ItemCode,
    RegionCode RegionCode,
    ApplicantInput Applicant,
    JsonElement? Answers,
    string Description) : ICommand<SubmittedApplicationDto>, IIdempotentCommand, IApplicationInput
{
    /// <summary>From the <c>Idempotency-Key</c> header; not part of the body or of the request's hash.</summary>
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    /// <summary>The resident's uploads (POST /api/v1/attachments) that go with the application.</summary>
    public IReadOnlyList<Guid>? AttachmentIds { get; init; }

    /// <summary>
    /// Whom the account files for: <c>Self</c> (本人, the default), <c>Spouse</c>, <c>Child</c>, <c>Parent</c>,
    /// <c>Sibling</c>, <c>Grandparent</c> or <c>Grandchild</c>. Filing for a family member needs a verified account (实名认证).
    /// </summary>
    public string? Relationship { get; init; }
}

public sealed record ApplicantInput(string Name, string IdNumber, string Phone);

public sealed record SubmittedApplicationDto(
    Guid Id,
    string TrackingNumber,
    string Status,
    string ItemCode,
    string DepartmentCode,
    string RegionCode,
    DateTimeOffset SubmittedAt,
    DateOnly DueDate)
{
    public static SubmittedApplicationDto From(ReliefApplication application) => new(
        application.Id,
        application.TrackingNumber,
        application.Status.ToString(),
        application.ItemCode,
        application.DepartmentCode,
        application.RegionCode,
        ChinaTime.ToChinaOffset(application.SubmittedAt),
        application.DueDate);
}
