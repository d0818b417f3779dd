using MediatR;
using ReliefPlatform.Application.Auth.PurgeSignIns;
using ReliefPlatform.Application.Deadlines.ChaseDeadlines;
using ReliefPlatform.Application.Deadlines.ChaseFollowUps;
using ReliefPlatform.Application.Messaging.DeliverMessages;
using ReliefPlatform.Application.Monitoring.ChaseLeads;
using ReliefPlatform.Application.Monitoring.EvaluateHouseholds;
using ReliefPlatform.Application.Reports.Exports.RunExports;
using ReliefPlatform.Application.Security.ProtectPersonalData;
using ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;

namespace ReliefPlatform.Infrastructure.BackgroundJobs;

/// <summary>A scheduled job: a name, a default schedule, and the one command it sends.</summary>
internal sealed record JobDefinition(string Name, string Description, string DefaultCron, Func<IMediator, CancellationToken, Task<object?>> Send)
{
    public static readonly IReadOnlyList<JobDefinition> All =
    [
        new(
            "chase-deadlines",
            "催办、督办与升级 / Remind, supervise and escalate by due date",
            "0 */5 * * * ?",
            async (mediator, ct) => await mediator.Send(new ChaseDeadlinesCommand(), ct)),
        new(
            "deliver-messages",
            "发送短信通知 / Deliver queued text messages to residents",
            "0/20 * * * * ?",
            async (mediator, ct) => await mediator.Send(new DeliverMessagesCommand(), ct)),
        new(
            "daily-statistics",
            "每日统计快照 / Record yesterday's statistics (and any day missed)",
            "0 30 0 * * ?",
            async (mediator, ct) => await mediator.Send(new TakeStatisticsSnapshotCommand(), ct)),
        new(
            RunExportsCommand.JobName,
            "生成大型报表导出 / Write the large report exports waiting in the queue",
            "0/15 * * * * ?",
            async (mediator, ct) => await mediator.Send(new RunExportsCommand(), ct)),
        new(
            "protect-personal-data",
            "个人信息加密与密钥轮换 / Re-encrypt personal data under the current key and fill blind indexes",
            "0 15 * * * ?",
            async (mediator, ct) => await mediator.Send(new ProtectPersonalDataCommand(), ct)),
        new(
            EvaluateHouseholdsCommand.JobName,
            "防返贫监测预警重新研判 / Evaluate again the households whose monitoring figures changed",
            "0 40 * * * ?",
            async (mediator, ct) => await mediator.Send(new EvaluateHouseholdsCommand(), ct)),
        new(
            ChaseLeadsCommand.JobName,
            "线索研判催办 / Remind leads due within 3 days, report those past their 15 days",
            "0 5 * * * ?",
            async (mediator, ct) => await mediator.Send(new ChaseLeadsCommand(), ct)),
        new(
            ChaseFollowUpsCommand.JobName,
            "差评回访催办 / Remind poor ratings due for a follow-up, report those past five working days",
            "0 10 * * * ?",
            async (mediator, ct) => await mediator.Send(new ChaseFollowUpsCommand(), ct)),
        new(
            "purge-sign-ins",
            "清理过期登录会话与验证码 / Delete ended sessions after 30 days and one-time codes after a day",
            "0 45 3 * * ?",
            async (mediator, ct) => await mediator.Send(new PurgeSignInsCommand(), ct)),
    ];

    public static JobDefinition? Find(string name) => All.FirstOrDefault(j => j.Name == name);
}
