using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.HelpRequests;
using ReliefPlatform.Domain.Messaging;
using ReliefPlatform.Domain.Notifications;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.HelpRequests;

internal sealed class FileHelpRequestCommandHandler(
    IApplicationDbContext db, ICurrentUser user, IPersonalDataIndex index, ICatalog catalog, IWorkingCalendarProvider calendars, IRegionDirectory regions, TimeProvider clock)
    : IRequestHandler<FileHelpRequestCommand, HelpRequestReceiptDto>
{
    public async Task<HelpRequestReceiptDto> Handle(FileHelpRequestCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var residentId = user.Role == Role.Resident ? user.Id : null;
        var phone = string.IsNullOrWhiteSpace(request.Phone)
            ? await db.Residents.Where(r => r.Id == residentId).Select(r => r.Phone).FirstOrDefaultAsync(cancellationToken) ?? throw new UnauthorizedAccessException()
            : MobileNumber.Parse(request.Phone).Value;
        var calendar = await calendars.GetAsync(cancellationToken);
        var dueDate = calendar.AddWorkingDays(ChinaTime.DateOf(now), (await catalog.GetAsync(cancellationToken)).HelpRequestTimeLimitWorkingDays);
        var place = RegionCode.Parse(request.PlaceCode);
        var help = new HelpRequest(request.Text, place, phone, index.OfPhone(phone), residentId, now, dueDate);
        db.HelpRequests.Add(help);
        return new HelpRequestReceiptDto(help.Id, help.DueDate, regions.Find(place.County.Value)?.Name ?? place.County.Value);
    }
}

internal sealed class RouteHelpRequestCommandHandler(IApplicationDbContext db, ICurrentUser user, ICatalog catalog, IRegionDirectory regions, TimeProvider clock)
    : IRequestHandler<RouteHelpRequestCommand, HelpRequestDto>
{
    public async Task<HelpRequestDto> Handle(RouteHelpRequestCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var snapshot = await catalog.GetAsync(cancellationToken);
        var item = snapshot.FindItem(request.ItemCode)!;
        var help = await HelpRequestSteps.LoadAsync(db, user, request.Id, request.ExpectedVersion, cancellationToken);
        help.Route(item, request.Reply, user.RequiredId(), now);
        var sms = ApplicantSms.HelpRequestRouted(snapshot.SmsName(item.DepartmentCode, snapshot.DepartmentName(item.DepartmentCode)), snapshot.SmsName(item.Code, item.Name));
        db.OutboxMessages.Add(OutboxMessage.Sms(help.Phone, sms, null, $"help-request:{help.Id}", now));

        // The department routed to learns that a resident of the county may come to apply.
        db.StaffNotifications.Add(StaffNotification.OfRoutedHelpRequest(help, now));
        return await HelpRequestSteps.ResultAsync(db, user, help, snapshot, regions, now, cancellationToken);
    }
}

internal sealed class AnswerHelpRequestCommandHandler(IApplicationDbContext db, ICurrentUser user, ICatalog catalog, IRegionDirectory regions, TimeProvider clock)
    : IRequestHandler<AnswerHelpRequestCommand, HelpRequestDto>
{
    public async Task<HelpRequestDto> Handle(AnswerHelpRequestCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var help = await HelpRequestSteps.LoadAsync(db, user, request.Id, request.ExpectedVersion, cancellationToken);
        help.Answer(request.Reply, user.RequiredId(), now);
        db.OutboxMessages.Add(OutboxMessage.Sms(help.Phone, ApplicantSms.HelpRequestAnswered(request.Reply), null, $"help-request:{help.Id}", now));
        return await HelpRequestSteps.ResultAsync(db, user, help, await catalog.GetAsync(cancellationToken), regions, now, cancellationToken);
    }
}

/// <summary>What routing and answering share: the request in the caller's county at the version the screen showed, and the answer.</summary>
internal static class HelpRequestSteps
{
    public static async Task<HelpRequest> LoadAsync(IApplicationDbContext db, ICurrentUser user, Guid id, Guid? expectedVersion, CancellationToken cancellationToken)
    {
        // Supervisors see the county's requests; only its caseworkers act on them.
        var help = await db.HelpRequests.VisibleTo(user).FirstOrDefaultAsync(h => h.Id == id, cancellationToken) ?? throw new NotFoundException();
        return expectedVersion is { } version && version != help.Version ? throw ConcurrencyConflict.Create(typeof(HelpRequest)) : help;
    }

    public static async Task<HelpRequestDto> ResultAsync(
        IApplicationDbContext db, ICurrentUser user, HelpRequest h, CatalogSnapshot catalog, IRegionDirectory regions, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var name = await db.StaffUsers.AsNoTracking().Where(s => s.Id == user.Id).Select(s => s.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return GetHelpRequestsQueryHandler.ToDto(h, catalog, regions, ChinaTime.DateOf(nowUtc), name);
    }
}
