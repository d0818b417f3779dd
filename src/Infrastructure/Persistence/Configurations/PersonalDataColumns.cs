using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Drafts;
using ReliefPlatform.Domain.HelpRequests;
using ReliefPlatform.Domain.Messaging;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Residents;
using ReliefPlatform.Infrastructure.Security;
using ReliefPlatform.Infrastructure.Services;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

/// <summary>
/// The columns that hold personal data (PIPL Art. 51): ID numbers, phone numbers, and what residents
/// write in their own words. They are encrypted on the way to the database and decrypted on the way
/// back, so the domain and the handlers see plain values and the files on disk never do. They carry no
/// length limit in the schema because ciphertext is longer than the text; the domain checks lengths.
/// </summary>
internal static class PersonalDataColumns
{
    public static readonly (Type Entity, string Property)[] All =
    [
        (typeof(ReliefApplication), nameof(ReliefApplication.ApplicantName)),
        (typeof(ReliefApplication), nameof(ReliefApplication.ApplicantIdNumber)),
        (typeof(ReliefApplication), nameof(ReliefApplication.ApplicantPhone)),
        (typeof(ReliefApplication), nameof(ReliefApplication.Description)),
        (typeof(ReliefApplication), nameof(ReliefApplication.AnswersJson)),
        (typeof(ReliefApplication), nameof(ReliefApplication.DecisionReason)),
        (typeof(ReliefApplication), nameof(ReliefApplication.Benefit)),
        (typeof(ReliefApplication), nameof(ReliefApplication.ProposedBenefit)),
        (typeof(HomeVisit), nameof(HomeVisit.Housing)),
        (typeof(HomeVisit), nameof(HomeVisit.Findings)),
        (typeof(HomeVisit), nameof(HomeVisit.MeansCheck)),
        (typeof(NoticeObjection), nameof(NoticeObjection.Content)),
        (typeof(NoticeObjection), nameof(NoticeObjection.Contact)),
        (typeof(NoticeObjection), nameof(NoticeObjection.Resolution)),
        (typeof(SupervisionNote), nameof(SupervisionNote.Note)),
        (typeof(Appeal), nameof(Appeal.Reason)),
        (typeof(Appeal), nameof(Appeal.OutcomeReason)),
        (typeof(ApplicationHistoryEntry), nameof(ApplicationHistoryEntry.Reason)),
        (typeof(ResidentAccount), nameof(ResidentAccount.Phone)),
        (typeof(ResidentAccount), nameof(ResidentAccount.VerifiedName)),
        (typeof(ResidentAccount), nameof(ResidentAccount.VerifiedIdNumber)),
        (typeof(OutboxMessage), nameof(OutboxMessage.Recipient)),
        (typeof(OutboxMessage), nameof(OutboxMessage.Text)),
        (typeof(DevSmsMessage), nameof(DevSmsMessage.Phone)),
        (typeof(DevSmsMessage), nameof(DevSmsMessage.Text)),
        (typeof(Household), nameof(Household.HeadName)),
        (typeof(HouseholdMember), nameof(HouseholdMember.Name)),
        (typeof(HouseholdMember), nameof(HouseholdMember.IdNumber)),
        (typeof(Lead), nameof(Lead.Subject)),
        (typeof(Lead), nameof(Lead.DecisionReason)),
        (typeof(ApplicationDraft), nameof(ApplicationDraft.DataJson)),
        (typeof(Attachment), nameof(Attachment.FileName)),
        (typeof(ApplicationRating), nameof(ApplicationRating.Comment)),
        (typeof(RatingFollowUp), nameof(RatingFollowUp.Response)),
        (typeof(HelpRequest), nameof(HelpRequest.Text)),
        (typeof(HelpRequest), nameof(HelpRequest.Phone)),
        (typeof(HelpRequest), nameof(HelpRequest.Reply)),
    ];

    public static void Apply(ModelBuilder modelBuilder, PersonalDataProtector protector)
    {
        foreach (var (entity, property) in All)
        {
            var purpose = $"{modelBuilder.Entity(entity).Metadata.GetTableName()}.{property}";
            modelBuilder.Entity(entity).Property(property).HasConversion(new EncryptedConverter(protector, purpose));
        }
    }

    private sealed class EncryptedConverter(PersonalDataProtector protector, string purpose) : ValueConverter<string, string>(
        v => protector.Protect(v, purpose),
        v => protector.Unprotect(v, purpose));
}
