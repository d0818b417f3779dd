namespace ReliefPlatform.Application;

internal static class JsonNaming
{
    public static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
