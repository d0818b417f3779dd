using ReliefPlatform.Domain.Catalog;

namespace ReliefPlatform.Application.Applications.Procedure;

/// <summary>
/// The stage a case is in: its key and name in the item's procedure, the office level and region that
/// hold it, and its own due date next to the application's.
/// </summary>
public sealed record StageDto(string Key, string Kind, string Name, string Office, string OfficeRegionCode, DateOnly DueDate, bool Staged)
{
    public static StageDto Of(ServiceItem? item, string key, StageKind kind, OfficeLevel office, string officeRegionCode, DateOnly dueDate, bool staged)
    {
        var stage = item?.Procedure.Stages.FirstOrDefault(s => s.Key == key);
        return new StageDto(key, kind.ToString(), stage is null ? key : Domain.Common.Text.Pick(stage.Name, stage.NameEn), office.ToString(), officeRegionCode, dueDate, staged);
    }
}
