namespace ReliefPlatform.Application.Documents;

/// <summary>Where a document is downloaded and verified, relative to the service's address.</summary>
public static class DocumentRoutes
{
    public const string VerificationPrefix = "/v/";

    public static string Download(Guid applicationId, Guid documentId) => $"/api/v1/applications/{applicationId}/documents/{documentId}.pdf";

    public static string Verification(string code) => VerificationPrefix + code;
}
