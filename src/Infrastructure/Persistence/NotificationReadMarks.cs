using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Infrastructure.Persistence.Sql;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary>One statement in the command's transaction: the provider's <see cref="SqlDialect.MarkNotificationRead"/>.</summary>
internal sealed class NotificationReadMarks(ReliefDbContext db, SqlDialect sql) : INotificationReadMarks
{
    public Task MarkReadAsync(long notificationId, Guid staffId, DateTime readAt, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(FormattableStringFactory.Create(sql.MarkNotificationRead, notificationId, staffId, readAt), cancellationToken);
}
