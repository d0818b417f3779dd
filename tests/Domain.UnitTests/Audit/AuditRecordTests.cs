using ReliefPlatform.Domain.Audit;

namespace ReliefPlatform.Domain.UnitTests.Audit;

public sealed class AuditRecordTests
{
    [Fact]
    public void RecordsWrittenInOneInstant_HaveIdsInTheOrderTheyWereWritten()
    {
        var instant = new DateTime(2026, 12, 6, 1, 0, 0, DateTimeKind.Utc);
        var ids = Enumerable.Range(0, 5_000)
            .Select(i => new AuditRecord(instant, null, "System", "test.order", null, i.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditOutcome.Success, null, null).Id)
            .ToList();

        Assert.All(ids.Zip(ids.Skip(1)), p => Assert.True(p.First.CompareTo(p.Second) < 0, $"{p.First} is not before {p.Second}"));
        Assert.All(ids, id => Assert.Equal(7, id.Version));
        Assert.Equal(ids.Select(i => i.ToString()).Order(StringComparer.Ordinal), ids.Select(i => i.ToString()));
    }
}
