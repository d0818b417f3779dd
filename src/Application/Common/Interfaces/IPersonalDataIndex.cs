namespace ReliefPlatform.Application.Common.Interfaces;

/// <summary>
/// The keyed blind index of a personal value (an HMAC under a server key): equal values give equal
/// indexes, so duplicates and look-ups work on encrypted columns, while the index reveals nothing
/// without the key.
/// </summary>
public interface IPersonalDataIndex
{
    /// <param name="value">The normalised value (an ID number with a capital X, eleven phone digits).</param>
    /// <param name="purpose">What kind of value it is (<see cref="PersonalDataKinds"/>), so equal strings of different kinds do not match.</param>
    string IndexOf(string value, string purpose);
}

public static class PersonalDataKinds
{
    public const string IdNumber = "id-number";
    public const string Phone = "phone";
}

public static class PersonalDataIndexExtensions
{
    public static string OfIdNumber(this IPersonalDataIndex index, string idNumber) => index.IndexOf(idNumber, PersonalDataKinds.IdNumber);

    public static string OfPhone(this IPersonalDataIndex index, string phone) => index.IndexOf(phone, PersonalDataKinds.Phone);
}
