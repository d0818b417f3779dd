using System.Text.Json.Serialization;
using ReliefPlatform.Domain.Documents;

namespace ReliefPlatform.Application.Documents;

/// <summary>A written decision of an application, as its owner and its staff see it in the list.</summary>
public sealed record DecisionDocumentDto(
    Guid Id,
    [property: JsonConverter(typeof(JsonStringEnumConverter<DocumentKind>))] DocumentKind Kind,
    string Title,
    string IssuingOffice,
    DateOnly IssuedOn,
    string Sha256,
    long SizeBytes,
    string VerificationCode,
    string DownloadUrl,
    string VerificationUrl);
