using ReliefPlatform.Domain.Documents;

namespace ReliefPlatform.Application.Documents;

/// <summary>
/// The words of the written decisions that are data, not code (<c>SeedData/decision-documents.json</c>):
/// the legal basis per service item and per kind of document, and the remedies as the law states them.
/// </summary>
public interface IDecisionTexts
{
    /// <summary>The laws and rules a decision on <paramref name="itemCode"/> rests on, the item's own or the default.</summary>
    IReadOnlyList<string> LegalBasis(string itemCode, DocumentKind kind);

    /// <summary>行政复议 and 行政诉讼, worded with the county's name.</summary>
    string Remedies(string countyName);
}
