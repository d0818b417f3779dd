using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Documents.GetApplicationDocuments;

/// <summary>The written decisions of an application, oldest first: for its owner and the staff who can see it.</summary>
[Authorize(Role.Resident, Role.Caseworker, Role.Supervisor)]
public sealed record GetApplicationDocumentsQuery(Guid ApplicationId) : IQuery<IReadOnlyList<DecisionDocumentDto>>;
