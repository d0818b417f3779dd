using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using ReliefPlatform.Infrastructure.Identity;

namespace ReliefPlatform.Infrastructure.Security;

/// <summary>
/// Outside Development the service does not start with a key that anyone holding the repository has, with
/// a key of too little entropy, or with one secret serving two purposes (so the TOTP and audit-chain keys
/// must be set apart rather than derived from the signing key). Every problem is named at once, by its
/// setting; no key value is ever printed.
/// </summary>
internal static class KeyPolicy
{
    public const int MinimumBits = 128;

    /// <summary>SHA-256 (hex) of the keys the repository holds: appsettings.Development.json's and the benches' old fixed ones. A test keeps it in step with the file.</summary>
    internal static readonly HashSet<string> RepositoryKeyHashes = new(StringComparer.OrdinalIgnoreCase)
    {
        "21DB60065C89AACB70EF65B4498ADB8523AD2D4DDC625AFF64A80069E106D9F7",
        "4975DE12AB38C3EFD6FEBF3552F8217A79538CAAADDBE8B553872A32951E5B98",
        "41B8B3A34905AD406FD6D8CF17308EE01D1883AFF2F176051515FDF439026057",
    };

    private const string Generate = "generate one with `openssl rand -base64 32` (README, \"Keys\")";

    public static void Check(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            return;
        }

        var problems = new List<string>();
        var keys = KeysOf(configuration, problems);
        var repository = RepositoryKeys(environment);
        foreach (var (name, value, bytes) in keys)
        {
            if (repository.Contains(value) || RepositoryKeyHashes.Contains(HashOf(value)))
            {
                problems.Add($"{name} is a key from the repository, known to anyone who has read it; {Generate}.");
            }
            else if (!HasEnoughEntropy(bytes))
            {
                problems.Add($"{name} has too little entropy (at least {MinimumBits} bits of random data, e.g. 32 random bytes); {Generate}.");
            }
        }

        DocumentKey(configuration, repository, problems);
        foreach (var shared in keys.GroupBy(k => Convert.ToHexString(k.Bytes)).Where(g => g.Count() > 1))
        {
            problems.Add($"{string.Join(" and ", shared.Select(k => k.Name))} hold the same key; each purpose needs its own.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"The keys are not fit for {environment.EnvironmentName}:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}");
        }
    }

    /// <summary>
    /// Random data by a frequency estimate: the bits per symbol of the key's own bytes times its length, at
    /// least 16 different bytes, and no long run counting up or down ("abcdef…", "012345…").
    /// </summary>
    internal static bool HasEnoughEntropy(byte[] key)
    {
        if (key.Length == 0 || key.Distinct().Count() < 16)
        {
            return false;
        }

        var bitsPerByte = key.GroupBy(b => b).Sum(g =>
        {
            var p = (double)g.Count() / key.Length;
            return -p * Math.Log2(p);
        });
        var longestRun = 1;
        for (int i = 1, run = 1; i < key.Length; i++)
        {
            run = Math.Abs(key[i] - key[i - 1]) == 1 ? run + 1 : 1;
            longestRun = Math.Max(longestRun, run);
        }

        return bitsPerByte * key.Length >= MinimumBits && longestRun <= 8;
    }

    internal static string HashOf(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static List<(string Name, string Value, byte[] Bytes)> KeysOf(IConfiguration configuration, List<string> problems)
    {
        var keys = new List<(string, string, byte[])>();
        void Add(string name, bool base64)
        {
            if (configuration[name] is not { Length: > 0 } value)
            {
                problems.Add($"{name} is not set; outside Development it must be a key of its own, not one derived from another; {Generate}.");
                return;
            }

            try
            {
                keys.Add((name, value, base64 ? Convert.FromBase64String(value) : Encoding.UTF8.GetBytes(value)));
            }
            catch (FormatException)
            {
                problems.Add($"{name} is not base64.");
            }
        }

        Add($"{AuthOptions.Section}:SigningKey", base64: false);
        Add($"{AuthOptions.Section}:TotpKey", base64: true);
        Add("Audit:ChainKey", base64: true);
        Add($"{PersonalDataKeyRing.Section}:IndexKey", base64: true);
        foreach (var key in configuration.GetSection($"{PersonalDataKeyRing.Section}:Keys").GetChildren().Where(k => !string.IsNullOrEmpty(k.Value)))
        {
            Add(key.Path, base64: true);
        }

        return keys;
    }

    /// <summary>
    /// <c>Documents:SigningKey</c> is a P-256 private key in PEM, random by construction: it must be set, parse, and
    /// not be one the repository holds. Its bytes are no secret of the other keys', so it joins no entropy or sharing check.
    /// </summary>
    private static void DocumentKey(IConfiguration configuration, HashSet<string> repository, List<string> problems)
    {
        const string name = "Documents:SigningKey";
        if (configuration[name] is not { Length: > 0 } pem)
        {
            problems.Add($"{name} is not set; outside Development the written decisions are signed with a key of their own: `openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt` (README, \"Keys\").");
        }
        else if (repository.Contains(pem) || RepositoryKeyHashes.Contains(HashOf(pem)))
        {
            problems.Add($"{name} is a key from the repository, known to anyone who has read it.");
        }
        else
        {
            try
            {
                Documents.EcdsaDocumentSigner.FromPem(pem, name).Dispose();
            }
            catch (InvalidOperationException ex)
            {
                problems.Add(ex.Message);
            }
        }
    }

    /// <summary>The key values of the development settings beside the binaries, when they were deployed too.</summary>
    private static HashSet<string> RepositoryKeys(IHostEnvironment environment)
    {
        var file = Path.Combine(environment.ContentRootPath, "appsettings.Development.json");
        if (!File.Exists(file))
        {
            return [];
        }

        return new ConfigurationBuilder().AddJsonFile(file, optional: true).Build().AsEnumerable()
            .Where(e => e.Key.Contains("Key", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(e.Value))
            .Select(e => e.Value!)
            .ToHashSet(StringComparer.Ordinal);
    }
}
