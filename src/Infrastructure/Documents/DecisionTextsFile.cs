using System.Text.Json;
using ReliefPlatform.Application.Documents;
using ReliefPlatform.Domain.Documents;

namespace ReliefPlatform.Infrastructure.Documents;

/// <summary><c>decision-documents.json</c> beside the catalog: the legal basis per item and per kind, and the remedies' wording.</summary>
internal sealed class DecisionTextsFile : IDecisionTexts
{
    public const string FileName = "decision-documents.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TextsFile _file;

    public DecisionTextsFile(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        using var stream = File.OpenRead(path);
        _file = JsonSerializer.Deserialize<TextsFile>(stream, Json)
            ?? throw new InvalidOperationException($"{path} is empty.");
        if (_file.DefaultBasis.Count == 0 || !_file.Remedies.Contains("{county}", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{path} needs a defaultBasis and remedies naming {{county}}.");
        }
    }

    public IReadOnlyList<string> LegalBasis(string itemCode, DocumentKind kind) =>
        [.. _file.Items.GetValueOrDefault(itemCode) ?? _file.DefaultBasis, .. _file.Kinds.GetValueOrDefault(kind.ToString()) ?? []];

    public string Remedies(string countyName) => _file.Remedies.Replace("{county}", countyName, StringComparison.Ordinal);

    private sealed record TextsFile(
        string Source,
        IReadOnlyList<string> DefaultBasis,
        IReadOnlyDictionary<string, IReadOnlyList<string>> Items,
        IReadOnlyDictionary<string, IReadOnlyList<string>> Kinds,
        string Remedies);
}
