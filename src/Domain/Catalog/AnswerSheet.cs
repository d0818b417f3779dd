using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Catalog;

/// <summary>
/// Checks a resident's answers against a service item's fields and produces the canonical JSON that
/// is stored: only known keys, each value in its field's type. Errors are keyed <c>answers.{key}</c>.
/// </summary>
public static class AnswerSheet
{
    public static (string Json, IReadOnlyDictionary<string, string[]> Errors) Check(ServiceItem item, JsonElement? answers)
    {
        var errors = new Dictionary<string, string[]>();
        var result = new JsonObject();
        var given = answers is { ValueKind: JsonValueKind.Object } obj
            ? obj.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal)
            : [];

        if (answers is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined) })
        {
            errors["answers"] = [Text.Pick("答案格式不正确。", "Answers must be a JSON object.")];
            return ("{}", errors);
        }

        foreach (var unknown in given.Keys.Where(k => item.Fields.All(f => f.Key != k)))
        {
            errors[$"answers.{unknown}"] = [Text.Pick("此事项没有这个问题。", "This item has no such question.")];
        }

        foreach (var field in item.Fields)
        {
            var label = Text.Pick(field.Label, field.LabelEn);
            if (!given.TryGetValue(field.Key, out var value) || IsBlank(value))
            {
                if (field.Required)
                {
                    errors[$"answers.{field.Key}"] = [Text.Pick($"请填写“{label}”。", $"'{label}' is required.")];
                }

                continue;
            }

            var (node, error) = Convert(field, value, label);
            if (error is not null)
            {
                errors[$"answers.{field.Key}"] = [error];
            }
            else
            {
                result[field.Key] = node;
            }
        }

        return (result.ToJsonString(), errors);
    }

    private static bool IsBlank(JsonElement value) =>
        value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ||
        (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()));

    private static (JsonNode? Node, string? Error) Convert(ItemField field, JsonElement value, string label)
    {
        switch (field.Type)
        {
            case FieldType.Text:
                var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
                if (text is null)
                {
                    return (null, Text.Pick($"“{label}”应为文字。", $"'{label}' must be text."));
                }

                var max = field.MaxLength ?? 200;
                return text.Length > max
                    ? (null, Text.Pick($"“{label}”不能超过{max}个字。", $"'{label}' must be at most {max} characters."))
                    : (JsonValue.Create(text), null);

            case FieldType.Integer:
            case FieldType.Money:
                if (!TryNumber(value, out var number) || (field.Type == FieldType.Integer && number != decimal.Truncate(number)))
                {
                    return (null, field.Type == FieldType.Integer
                        ? Text.Pick($"“{label}”应为整数。", $"'{label}' must be a whole number.")
                        : Text.Pick($"“{label}”应为金额（元）。", $"'{label}' must be an amount in yuan."));
                }

                if ((field.Min is { } min && number < min) || (field.Max is { } maxValue && number > maxValue))
                {
                    return (null, Text.Pick(
                        $"“{label}”应在{field.Min}到{field.Max}之间。",
                        $"'{label}' must be between {field.Min} and {field.Max}."));
                }

                return field.Type == FieldType.Integer
                    ? (JsonValue.Create((long)number), null)
                    : (JsonValue.Create(decimal.Round(number, 2)), null);

            case FieldType.Select:
                var choice = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                return field.Options?.Any(o => o.Value == choice) == true
                    ? (JsonValue.Create(choice), null)
                    : (null, Text.Pick($"请从选项中选择“{label}”。", $"Choose one of the options for '{label}'."));

            case FieldType.Date:
                return value.ValueKind == JsonValueKind.String &&
                       DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? (JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), null)
                    : (null, Text.Pick($"“{label}”应为日期，如 2026-01-31。", $"'{label}' must be a date such as 2026-01-31."));

            case FieldType.Boolean:
                return value.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? (JsonValue.Create(value.GetBoolean()), null)
                    : (null, Text.Pick($"请回答“{label}”：是或否。", $"Answer yes or no to '{label}'."));

            default:
                return (null, Text.Pick("无法识别的问题类型。", "Unknown question type."));
        }
    }

    private static bool TryNumber(JsonElement value, out decimal number)
    {
        number = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDecimal(out number),
            JsonValueKind.String => TypedText.TryNumber(value.GetString(), out number),
            _ => false,
        };
    }
}
