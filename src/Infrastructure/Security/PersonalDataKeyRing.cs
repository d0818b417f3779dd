using Microsoft.Extensions.Configuration;

namespace ReliefPlatform.Infrastructure.Security;

/// <summary>
/// Reads the key ring from configuration (a secret store in production):
/// <c>PersonalData:Keys:{id}</c> = base64 of 32 random bytes, one entry per key ever used;
/// <c>PersonalData:CurrentKeyId</c> = the key new values are encrypted under;
/// <c>PersonalData:IndexKey</c> = base64 of at least 32 random bytes for the blind index.
/// </summary>
public static class PersonalDataKeyRing
{
    public const string Section = "PersonalData";

    public static PersonalDataProtector FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        // A key set to the empty string is withdrawn: values still under it no longer decrypt.
        var keys = section.GetSection("Keys").GetChildren()
            .Where(k => !string.IsNullOrEmpty(k.Value))
            .ToDictionary(k => k.Key, k => Decode(k.Value, $"{Section}:Keys:{k.Key}"), StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            throw new InvalidOperationException(
                $"{Section}:Keys must hold at least one 32-byte key (base64), {Section}:CurrentKeyId its id, and {Section}:IndexKey the blind-index key.");
        }

        var current = section["CurrentKeyId"] ?? throw new InvalidOperationException($"{Section}:CurrentKeyId is required.");
        return new PersonalDataProtector(keys, current, Decode(section["IndexKey"], $"{Section}:IndexKey"));
    }

    private static byte[] Decode(string? value, string name)
    {
        try
        {
            return Convert.FromBase64String(value ?? throw new InvalidOperationException($"{name} is required."));
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"{name} is not base64.", ex);
        }
    }
}
