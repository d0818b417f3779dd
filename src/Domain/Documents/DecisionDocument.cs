using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Documents;

/// <summary>
/// A written decision or notice as it was issued: the PDF's SHA-256, the platform's signature over that
/// hash, and the key facts the public verification page shows (masked). Nothing changes after issue; the
/// bytes live in the encrypted store under their hash, so the row and the file can only agree or be found out.
/// </summary>
public sealed class DecisionDocument
{
    public const int Sha256Length = 64;
    public const int VerificationCodeLength = 16;
    public const int TitleMaxLength = 40;
    public const int OfficeMaxLength = 100;
    public const int MaskedNameMaxLength = 40;
    public const int SignatureMaxLength = 200;
    public const int KeyIdMaxLength = 32;
    public const int TrackingNumberMaxLength = 20;

    private DecisionDocument()
    {
        VerificationCode = TrackingNumber = Title = IssuingOffice = MaskedName = Sha256 = Signature = SigningKeyId = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>The history step that made the decision: one document per step.</summary>
    public int Step { get; private set; }

    public DocumentKind Kind { get; private set; }

    /// <summary>What the QR code and the printed line carry to the public page (/v/{code}): random, unguessable.</summary>
    public string VerificationCode { get; private set; }

    public string TrackingNumber { get; private set; }

    /// <summary>The document's title, e.g. 不予救助决定书.</summary>
    public string Title { get; private set; }

    /// <summary>The issuing office: the county and the department, e.g. 五华区民政局.</summary>
    public string IssuingOffice { get; private set; }

    /// <summary>The applicant's name with the middle masked (张*明): all the public page says of the person.</summary>
    public string MaskedName { get; private set; }

    /// <summary>The China date printed on the document.</summary>
    public DateOnly IssuedOn { get; private set; }

    public DateTime IssuedAt { get; private set; }

    /// <summary>Lowercase hex SHA-256 of the PDF: its name in the store and what the signature covers.</summary>
    public string Sha256 { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>ECDSA P-256 over the SHA-256 (IEEE P1363, base64) with the document key <see cref="SigningKeyId"/>.</summary>
    public string Signature { get; private set; }

    public string SigningKeyId { get; private set; }

    public static DecisionDocument Issue(
        Guid applicationId, int step, DocumentKind kind, string verificationCode, string trackingNumber, string title, string issuingOffice,
        string applicantName, DateTime issuedAtUtc, string sha256, long sizeBytes, string signature, string signingKeyId)
    {
        if (sha256.Length != Sha256Length || verificationCode.Length != VerificationCodeLength)
        {
            throw new ArgumentException("A document needs its SHA-256 and a verification code.");
        }

        return new DecisionDocument
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = applicationId,
            Step = step,
            Kind = kind,
            VerificationCode = verificationCode,
            TrackingNumber = trackingNumber,
            Title = Guard.Text(title, TitleMaxLength, "The title"),
            IssuingOffice = Guard.Text(issuingOffice, OfficeMaxLength, "The issuing office"),
            MaskedName = Applicant.MaskMiddle(applicantName) is var masked && masked.Length > MaskedNameMaxLength ? masked[..MaskedNameMaxLength] : masked,
            IssuedOn = ChinaTime.DateOf(issuedAtUtc),
            IssuedAt = issuedAtUtc,
            Sha256 = sha256,
            SizeBytes = sizeBytes,
            Signature = signature,
            SigningKeyId = signingKeyId,
        };
    }
}
