using System.Text.Json;
using System.Text.Json.Serialization;
using ReliefPlatform.Application.Applications.SubmitApplication;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.FileForHousehold;

/// <summary>
/// 政府托举: an official files an application for a member of a registered household of their county
/// (by default its head), for any item; the answers the register already knows (household size, income
/// per person, rural or urban) are filled in, and the body's answers win. The channel and the official
/// are recorded on the application. <paramref name="Phone"/> is a number that reaches the household.
/// </summary>
[Authorize(Role.Caseworker)]
public sealed record FileForHouseholdCommand(Guid HouseholdId, ItemCode ItemCode, int Member, string Phone, JsonElement? Answers, string Description)
    : ICommand<SubmittedApplicationDto>, IIdempotentCommand
{
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}
