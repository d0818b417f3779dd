using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Domain.Applications;

/// <summary>The person the application is for.</summary>
public sealed record Applicant
{
    public const int NameMaxLength = 50;

    private Applicant(string name, string idNumber, string phone, string? idIndex)
    {
        Name = name;
        IdNumber = idNumber;
        Phone = phone;
        IdIndex = idIndex;
    }

    public string Name { get; private init; }

    public string IdNumber { get; private init; }

    public string Phone { get; private init; }

    /// <summary>The ID number's blind index: how open applications of one person are found without decrypting.</summary>
    public string? IdIndex { get; private init; }

    /// <summary>张**: the family name and one mark per further character.</summary>
    public string MaskedName => MaskName(Name);

    public static Applicant Create(string name, ResidentIdNumber idNumber, MobileNumber phone, string idIndex) =>
        new(Guard.Text(name, NameMaxLength, "The applicant's name"), idNumber.Value, phone.Value, idIndex);

    internal static Applicant Restore(string name, string idNumber, string phone, string? idIndex) => new(name, idNumber, phone, idIndex);

    /// <summary>The first few characters of free text and its length: enough to recognise it, not to read it.</summary>
    public static string MaskText(string text) =>
        text.Length <= 4 ? new string('*', text.Length) : $"{text[..4]}……（共 {text.Length} 字）";

    public static string MaskName(string name) =>
        name.Length <= 1 ? "*" : string.Concat(name.AsSpan(0, 1), new string('*', name.Length - 1));

    /// <summary>The name as a 公示 shows it: the middle masked (张*明, 欧阳**明); a two-character name keeps its first (李*).</summary>
    public static string MaskMiddle(string name) =>
        name.Trim() is var n && n.Length <= 2 ? MaskName(n) : string.Concat(n.AsSpan(0, 1), new string('*', n.Length - 2), n.AsSpan(n.Length - 1));
}
