namespace ReliefPlatform.Application.HelpRequests;

/// <summary>
/// A help request as the county's caseworkers and supervisors see it: the words, the place, the phone masked,
/// the due date and whether it is overdue, and what was done.
/// </summary>
public sealed record HelpRequestDto(
    Guid Id,
    string Text,
    string PlaceCode,
    string? PlaceName,
    string MaskedPhone,
    DateTimeOffset FiledAt,
    DateOnly DueDate,
    bool Overdue,
    string Status,
    string? ItemCode,
    string? ItemName,
    string? DepartmentName,
    string? Reply,
    string? HandledByName,
    DateTimeOffset? HandledAt,
    Guid Version);

/// <summary>The county's inbox: the requests, open ones first by due date, and how many are open and overdue.</summary>
public sealed record HelpRequestListDto(IReadOnlyList<HelpRequestDto> Items, int Open, int Overdue);

/// <summary>A help request as its resident sees it: their words, what happened, and the item to apply for when routed.</summary>
public sealed record MyHelpRequestDto(
    Guid Id,
    string Text,
    DateTimeOffset FiledAt,
    DateOnly DueDate,
    string Status,
    string? ItemCode,
    string? ItemName,
    string? DepartmentName,
    string? Reply,
    DateTimeOffset? HandledAt);
