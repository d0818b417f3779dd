using System.Security.Cryptography;
using MediatR;
using ReliefPlatform.Application.Attachments;
using ReliefPlatform.Application.Common.Events;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications.Events;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Documents;

namespace ReliefPlatform.Application.Documents.EventHandlers;

/// <summary>
/// Issues the written decision of a decision step in the unit of work that takes it: the PDF is laid out,
/// hashed, signed with the document key and kept in the encrypted store under its hash, and its row is
/// added to the same save. A failed save leaves at most an unreferenced file; a decision never lacks its document.
/// </summary>
internal sealed class IssueDecisionDocument(
    IApplicationDbContext db, ICatalog catalog, IRegionDirectory regions, IDecisionTexts texts, IDocumentRenderer renderer,
    IDocumentSigner signer, IAttachmentStore store, TimeProvider clock)
    : INotificationHandler<DomainEventNotification<ApplicationStatusChangedDomainEvent>>
{
    public async Task Handle(DomainEventNotification<ApplicationStatusChangedDomainEvent> notification, CancellationToken cancellationToken)
    {
        var change = notification.Event;
        if (DecisionWording.KindOf(change.Action) is not { } kind
            || db.Applications.Local.FirstOrDefault(a => a.Id == change.ApplicationId) is not { } application)
        {
            return;
        }

        var snapshot = await catalog.GetAsync(cancellationToken);
        var item = snapshot.FindItem(application.ItemCode);
        var department = snapshot.Departments.FirstOrDefault(d => d.Code == application.DepartmentCode)?.Name ?? application.DepartmentCode;
        var county = regions.Find(application.CountyCode)?.Name ?? application.CountyCode;
        var entry = application.History[^1];
        var step = entry.Sequence;
        var reason = DecisionWording.ReasonIsTheStep(change.Action) ? entry.Reason : application.DecisionReason;
        var issuedAt = clock.GetUtcNow().UtcDateTime;
        var code = Base32.Encode(RandomNumberGenerator.GetBytes(10));
        // The office that took the step: a township's stage is decided in the township's name (ADR 0040).
        var officeRegion = change.Action == Domain.Applications.ApplicationAction.InfoRequested
            ? application.StageOfficeRegionCode
            : application.StageRecords is [.., var ended] ? ended.OfficeRegionCode : application.StageOfficeRegionCode;
        var office = officeRegion.Length == Domain.Regions.RegionCode.TownshipLength && regions.Find(officeRegion)?.Name is { } township
            ? township + (township.EndsWith("街道", StringComparison.Ordinal) ? "办事处" : "人民政府")
            : county + department;

        var content = DecisionWording.Of(kind, application, item, office, county, step, ChinaTime.DateOf(issuedAt), reason, texts, code);
        var pdf = renderer.Render(content);
        var hash = SHA256.HashData(pdf);
        var sha256 = Convert.ToHexStringLower(hash);
        await store.SaveAsync(sha256, pdf, cancellationToken);
        db.DecisionDocuments.Add(DecisionDocument.Issue(
            application.Id, step, kind, code, application.TrackingNumber, content.Title, office, application.ApplicantName, issuedAt,
            sha256, pdf.Length, signer.Sign(hash), signer.KeyId));
    }
}
