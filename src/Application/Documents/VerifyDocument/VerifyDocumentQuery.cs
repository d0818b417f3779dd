using System.Text.Json.Serialization;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Documents;

namespace ReliefPlatform.Application.Documents.VerifyDocument;

/// <summary>
/// Anyone checks a written decision: by its verification code (the QR code), by the file itself, or both.
/// A file is genuine when its SHA-256 is that of an issued document (the code's, when a code is given) and the
/// platform's signature over that hash verifies. Answers only masked key facts.
/// </summary>
public sealed record VerifyDocumentQuery(string? Code, byte[]? Content) : IQuery<DocumentVerificationDto>
{
    /// <summary>Far above any decision the platform writes (tens of KB), within the 1 MB body limit.</summary>
    public const int MaxBytes = 1_000_000;
}

/// <summary>How a check came out.</summary>
public enum VerificationOutcome
{
    /// <summary>The code names an issued document whose signature verifies; no file was checked.</summary>
    Registered,

    /// <summary>The file is an issued document, unaltered, and its signature verifies.</summary>
    Genuine,

    /// <summary>The file is not the document the code names: changed, or another file.</summary>
    Altered,

    /// <summary>Neither the code nor the file's hash is one of an issued document.</summary>
    Unknown,

    /// <summary>The record exists but the signature over its hash does not verify: the record itself was changed.</summary>
    SignatureInvalid,
}

public sealed record DocumentVerificationDto(
    [property: JsonConverter(typeof(JsonStringEnumConverter<VerificationOutcome>))] VerificationOutcome Outcome, bool Genuine, string Message, string? UploadedSha256, VerifiedDocumentDto? Document);

/// <summary>What the public page shows of a document: nothing beyond these masked key facts.</summary>
public sealed record VerifiedDocumentDto(
    string VerificationCode,
    [property: JsonConverter(typeof(JsonStringEnumConverter<DocumentKind>))] DocumentKind Kind, string Title, string TrackingNumber, string MaskedName, string IssuingOffice, DateOnly IssuedOn, string Sha256, string SigningKeyId);
