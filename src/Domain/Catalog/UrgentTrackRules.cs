using System.Text.Json;

namespace ReliefPlatform.Domain.Catalog;

/// <summary>
/// 先行救助: an item's urgent track, as catalog data. A case is urgent when the resident answers
/// <see cref="AnswerKey"/> with yes (or when a caseworker gives help first); help is due
/// <see cref="HelpWithinHours"/> clock hours after filing, holidays included, and the paperwork (the
/// normal decision) <see cref="PaperworkWithinWorkingDays"/> working days after the day of the help.
/// The department is reminded when <see cref="RemindAtHoursLeft"/> hours of the help clock are left.
/// </summary>
public sealed record UrgentTrackRules(string AnswerKey, int HelpWithinHours, int PaperworkWithinWorkingDays, IReadOnlyList<int> RemindAtHoursLeft)
{
    /// <summary>Whether the stored answers (canonical JSON from <see cref="AnswerSheet"/>) say yes to the urgent question.</summary>
    public bool IsMarkedBy(string answersJson)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(answersJson) ? "{}" : answersJson);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty(AnswerKey, out var answer)
            && answer.ValueKind == JsonValueKind.True;
    }

    /// <summary>Refuses rules a catalog file cannot mean: they stop the load rather than reach a case.</summary>
    public UrgentTrackRules Checked()
    {
        if (string.IsNullOrWhiteSpace(AnswerKey) || HelpWithinHours < 1 || PaperworkWithinWorkingDays < 1
            || RemindAtHoursLeft.Any(h => h < 1 || h >= HelpWithinHours))
        {
            throw new ArgumentException($"The urgent track ({AnswerKey}, {HelpWithinHours} h, {PaperworkWithinWorkingDays} working days, reminders at [{string.Join(", ", RemindAtHoursLeft)}] h left) is not valid.");
        }

        return this;
    }
}
