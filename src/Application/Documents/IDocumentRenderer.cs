namespace ReliefPlatform.Application.Documents;

/// <summary>Lays out a written decision as a PDF in Chinese, with a QR code to its verification page (<c>/v/{code}</c> under the configured address).</summary>
public interface IDocumentRenderer
{
    /// <summary>The PDF's bytes; throws <see cref="DocumentsUnavailableException"/> when the font cannot be found.</summary>
    byte[] Render(DecisionContent content);
}

/// <summary>The Chinese font or the document key is missing: no written decision can be issued, so the decision is not taken either.</summary>
public sealed class DocumentsUnavailableException(string message) : Exception(message);
