using System.Reflection;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// How SQL Server's errors are read (ADR 0023), on exceptions built the way SqlClient builds them
/// (its constructors are internal): no SQL Server engine runs here to raise real ones.
/// </summary>
public sealed class SqlServerErrorTests
{
    private const string DuplicateRow =
        "Cannot insert duplicate key row in object 'dbo.ApplicationHistory' with unique index 'IX_ApplicationHistory_ApplicationId_Sequence'. The duplicate key value is (7c9e6679-7425-40de-944b-e07fc1f90ae7, 3).";

    private const string DuplicateKey =
        "Violation of PRIMARY KEY constraint 'PK_StaffNotificationReads'. Cannot insert duplicate key in object 'dbo.StaffNotificationReads'. The duplicate key value is (12, 7c9e6679-7425-40de-944b-e07fc1f90ae7).";

    private readonly DatabaseErrors _errors = new();

    [Theory]
    [InlineData(2601, DuplicateRow, "ApplicationHistory")]
    [InlineData(2627, DuplicateKey, "StaffNotificationReads")]
    public void UniqueViolation_IsRecognised_WithItsTable(int number, string message, string table)
    {
        var exception = new DbUpdateException("save failed", SqlServerError(number, message));

        Assert.True(_errors.IsUniqueViolation(exception));
        Assert.Equal(table, _errors.UniqueViolationTable(exception));
        Assert.False(_errors.IsUnavailable(exception));
    }

    [Theory]
    [InlineData(1205)]
    [InlineData(1222)]
    [InlineData(-2)]
    [InlineData(40613)]
    [InlineData(4060)]
    [InlineData(9002)]
    public void DeadlockTimeoutAndTransientErrors_AreUnavailable_NotConflicts(int number)
    {
        var exception = new DbUpdateException("save failed", SqlServerError(number, "Transaction (Process ID 57) was deadlocked on lock resources with another process."));

        Assert.True(_errors.IsUnavailable(exception));
        Assert.False(_errors.IsUniqueViolation(exception));
    }

    [Fact]
    public void OtherErrors_AreNeitherConflictsNorUnavailability()
    {
        var exception = new DbUpdateException("save failed", SqlServerError(547, "The INSERT statement conflicted with the FOREIGN KEY constraint 'FK_X'."));

        Assert.False(_errors.IsUniqueViolation(exception));
        Assert.Null(_errors.UniqueViolationTable(exception));
        Assert.False(_errors.IsUnavailable(exception));
    }

    [Theory]
    [InlineData("不能在具有唯一索引“IX_ApplicationHistory_ApplicationId_Sequence”的对象“dbo.ApplicationHistory”中插入重复键的行。重复键值为 (1, 3)。", "ApplicationHistory")]
    [InlineData("Violation of UNIQUE KEY constraint 'AK_X'. Cannot insert duplicate key in object 'relief.IdempotencyRecords'.", "IdempotencyRecords")]
    [InlineData("Something else entirely.", null)]
    public void TableOfTheMessage_IsTheFirstNameWithASchema(string message, string? table) =>
        Assert.Equal(table, DatabaseErrors.SqlServerTable(message));

    /// <summary>A <see cref="SqlException"/> carrying one error, through SqlClient's internal factory.</summary>
    private static SqlException SqlServerError(int number, string message)
    {
        const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Instance;
        var constructor = typeof(SqlError).GetConstructors(Internal).OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => p.Name switch
        {
            "infoNumber" => number,
            "errorMessage" => message,
            "errorClass" => (byte)16,
            _ when p.ParameterType == typeof(string) => "relief-test",
            _ => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null,
        }).ToArray();
        var errors = (SqlErrorCollection)Activator.CreateInstance(typeof(SqlErrorCollection), nonPublic: true)!;
        typeof(SqlErrorCollection).GetMethod("Add", Internal)!.Invoke(errors, [constructor.Invoke(arguments)]);
        var create = typeof(SqlException).GetMethod("CreateException", BindingFlags.NonPublic | BindingFlags.Static, [typeof(SqlErrorCollection), typeof(string)])!;
        return (SqlException)create.Invoke(null, [errors, "16.00.4135"])!;
    }
}
