using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Documents.DownloadDocument;

/// <summary>
/// The PDF of a written decision, for the application's owner and the staff who can see it. A command,
/// like opening an attachment: staff reading a resident's decision leave an audit record.
/// </summary>
[Authorize(Role.Resident, Role.Caseworker, Role.Supervisor)]
public sealed record DownloadDocumentCommand(Guid ApplicationId, Guid DocumentId) : ICommand<DocumentFile>;

public sealed record DocumentFile(string FileName, byte[] Content);
