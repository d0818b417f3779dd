namespace ReliefPlatform.Domain.Common;

internal static class Guard
{
    public static string Text(string? value, int maxLength, string what)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException("required", $"{what} is required.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException("too-long", $"{what} must be at most {maxLength} characters.");
        }

        return trimmed;
    }
}
