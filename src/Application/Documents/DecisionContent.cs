using ReliefPlatform.Domain.Documents;

namespace ReliefPlatform.Application.Documents;

/// <summary>Everything a written decision says, worded; the renderer only lays it out.</summary>
public sealed record DecisionContent(
    DocumentKind Kind,
    string Title,
    string IssuingOffice,
    string DocumentNumber,
    string ApplicantName,
    string ApplicantIdNumberMasked,
    string ItemName,
    string TrackingNumber,
    DateOnly SubmittedOn,
    DateOnly IssuedOn,
    string Decision,
    string? Reason,
    IReadOnlyList<string> LegalBasis,
    string? Benefit,
    IReadOnlyList<string> MissingDocuments,
    string? Remedies,
    string VerificationCode);
