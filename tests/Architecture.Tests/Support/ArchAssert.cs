namespace ReliefPlatform.Architecture.Tests.Support;

internal static class ArchAssert
{
    /// <summary>Fails with the rule and every offender, one per line, so a single run shows all of them.</summary>
    public static void NoViolations(string rule, IEnumerable<string> offenders)
    {
        var list = offenders.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            var lines = string.Join(Environment.NewLine, list.Select(o => "  - " + o));
            Assert.Fail($"{rule}{Environment.NewLine}Offending ({list.Count}):{Environment.NewLine}{lines}");
        }
    }
}
