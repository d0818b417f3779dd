using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Domain.Applications;

/// <summary>The person the application is for.</summary>
public sealed record Applicant
{
    public const int NameMaxLength = 50;

    private Applicant(string name, string idNumber, string phone)
    {
        Name = name;
        IdNumber = idNumber;
        Phone = phone;
    }

    public string Name { get; private init; }

    public string IdNumber { get; private init; }

    public string Phone { get; private init; }

    /// <summary>张**: the family name and one mark per further character.</summary>
    public string MaskedName => MaskName(Name);

    public static Applicant Create(string name, ResidentIdNumber idNumber, MobileNumber phone) =>
        new(Guard.Text(name, NameMaxLength, "The applicant's name"), idNumber.Value, phone.Value);

    internal static Applicant Restore(string name, string idNumber, string phone) => new(name, idNumber, phone);

    public static string MaskName(string name) =>
        name.Length <= 1 ? "*" : string.Concat(name.AsSpan(0, 1), new string('*', name.Length - 1));
}
